import Foundation

/// A regular expression for auto-coding, matched against folded text (see `FoldedText`),
/// ignoring case. ICU's engine (`NSRegularExpression`) is used rather than Swift's `Regex`:
/// on a national programme's millions of answers it was about 35 times faster here.
/// The codebook loader and the auto-coder both go through this type, so a pattern is
/// checked by the same engine that later runs it.
public struct TextPattern: @unchecked Sendable {
    // @unchecked: NSRegularExpression is immutable after creation and documented thread-safe.
    private let regex: NSRegularExpression
    public let source: String

    /// - Throws: `Invalid` when `pattern` is not a valid regular expression.
    public init(_ pattern: String) throws(Invalid) {
        do {
            regex = try NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
        } catch {
            throw Invalid()
        }
        source = pattern
    }

    public struct Invalid: Error, Equatable {}

    /// True when the pattern matches the empty text (and so would match everywhere).
    public var matchesEmptyText: Bool {
        regex.firstMatch(in: "", range: NSRange(location: 0, length: 0)) != nil
    }

    /// The non-empty matches in `text`, as ranges of Unicode code points.
    public func matches(in text: String) -> [Range<Int>] {
        let utf16Length = text.utf16.count
        let found = regex.matches(in: text, range: NSRange(location: 0, length: utf16Length))
        guard !found.isEmpty else { return [] }
        // NSRegularExpression counts UTF-16 units; EvalKit counts code points.
        var scalarAt = [Int](repeating: 0, count: utf16Length + 1)
        var unit = 0
        for (index, scalar) in text.unicodeScalars.enumerated() {
            let width = scalar.utf16.count
            for offset in 0..<width { scalarAt[unit + offset] = index }
            unit += width
        }
        scalarAt[utf16Length] = text.unicodeScalars.count
        return found.compactMap { match in
            guard match.range.length > 0 else { return nil }
            return scalarAt[match.range.location]..<scalarAt[match.range.location + match.range.length]
        }
    }
}
