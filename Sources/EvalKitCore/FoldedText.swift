import Foundation

/// Text folded for matching: lower case, accents removed (Vietnamese diacritics and đ → d),
/// runs of white space as one space. Each folded character remembers the original code
/// point it came from, so a match maps back to an exact span of the original answer.
public struct FoldedText: Sendable {
    /// The folded characters.
    public let scalars: [UInt32]
    /// For each folded character, the index of the original code point it came from.
    public let origins: [Int32]

    public init(_ text: String) {
        var scalars: [UInt32] = []
        var origins: [Int32] = []
        // UTF-8 length: an upper bound known without a pass over the text.
        scalars.reserveCapacity(text.utf8.count)
        origins.reserveCapacity(text.utf8.count)
        var index: Int32 = 0
        for scalar in text.unicodeScalars {
            defer { index += 1 }
            let value = scalar.value
            // ASCII and accented Latin (all of Vietnamese) are most of a text: neither needs a
            // Unicode property.
            let latin = value < 0x80 ? nil : Self.latinFolding(value)
            let isSpace =
                value < 0x80
                ? value == 0x20 || (0x09...0x0D).contains(value) : latin == nil && scalar.properties.isWhitespace
            if isSpace {
                if scalars.last != 0x20 {
                    scalars.append(0x20)
                    origins.append(index)
                }
            } else if value < 0x80 {
                scalars.append(Self.lowercasedASCII(value))
                origins.append(index)
            } else {
                for folded in latin ?? Self.fold(scalar) {
                    scalars.append(folded)
                    origins.append(index)
                }
            }
        }
        self.scalars = scalars
        self.origins = origins
    }

    /// The folded text as a string, for regular expressions.
    public var string: String {
        var utf8: [UInt8] = []
        utf8.reserveCapacity(scalars.count)
        for value in scalars {
            if value < 0x80 {
                utf8.append(UInt8(value))
            } else if let scalar = Unicode.Scalar(value), let encoded = UTF8.encode(scalar) {
                utf8.append(contentsOf: encoded)
            }
        }
        return String(decoding: utf8, as: UTF8.self)
    }

    /// The original code-point range of folded characters `range`.
    public func originalRange(of range: Range<Int>) -> Range<Int> {
        Int(origins[range.lowerBound])..<Int(origins[range.upperBound - 1]) + 1
    }

    /// True when the folded characters `range` start and end on word boundaries.
    public func isWholeWords(_ range: Range<Int>) -> Bool {
        guard !range.isEmpty else { return false }
        let startsWord = range.lowerBound == 0 || !Self.isWordCharacter(scalars[range.lowerBound - 1])
        let endsWord = range.upperBound == scalars.count || !Self.isWordCharacter(scalars[range.upperBound])
        return startsWord && endsWord
    }

    public static func isWordCharacter(_ value: UInt32) -> Bool {
        if value < 0x80 {
            return (0x30...0x39).contains(value) || (0x61...0x7A).contains(value) || (0x41...0x5A).contains(value)
                || value == 0x5F
        }
        guard let scalar = Unicode.Scalar(value) else { return false }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// The folded form of one character: nothing for a combining accent, several characters
    /// for a few ligatures.
    public static func fold(_ scalar: Unicode.Scalar) -> [UInt32] {
        let value = scalar.value
        if value < 0x80 { return [lowercasedASCII(value)] }
        if let latin = latinFolding(value) { return latin }
        if isCombiningMark(value) { return [] }
        return scalar.properties.lowercaseMapping.unicodeScalars.map(\.value)
    }

    private static func lowercasedASCII(_ value: UInt32) -> UInt32 {
        (0x41...0x5A).contains(value) ? value + 0x20 : value
    }

    private static func latinFolding(_ value: UInt32) -> [UInt32]? {
        if (0x00C0...0x024F).contains(value) { return latinTable[Int(value - 0x00C0)] }
        if (0x1E00...0x1EFF).contains(value) { return latinTable[Int(value - 0x1E00) + 0x0190] }
        return nil
    }

    private static func isCombiningMark(_ value: UInt32) -> Bool {
        (0x0300...0x036F).contains(value) || (0x1AB0...0x1AFF).contains(value) || (0x1DC0...0x1DFF).contains(value)
            || (0x20D0...0x20FF).contains(value) || (0xFE20...0xFE2F).contains(value)
    }

    /// Latin letters with accents (Latin-1, Extended-A/B and Extended Additional, which holds
    /// Vietnamese), decomposed once: base letter, lower case, marks dropped. Indexed by code point
    /// from U+00C0 (0x190 entries), then from U+1E00.
    private static let latinTable: [[UInt32]] = {
        let ranges: [ClosedRange<UInt32>] = [0x00C0...0x024F, 0x1E00...0x1EFF]
        return ranges.flatMap { range in
            range.map { value -> [UInt32] in
                if value == 0x0110 || value == 0x0111 { return [0x64] }  // Đ đ: a letter of its own, not d + mark
                guard let scalar = Unicode.Scalar(value) else { return [value] }
                let decomposed = String(scalar).lowercased().decomposedStringWithCanonicalMapping
                return decomposed.unicodeScalars.map(\.value).filter { !isCombiningMark($0) }
            }
        }
    }()
}
