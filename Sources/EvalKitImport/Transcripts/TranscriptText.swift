import EvalKitCore

/// Decodes the bytes of a plain-text transcript (.txt, .md) into lines.
///
/// UTF-8, with or without a byte order mark, or UTF-16 with its byte order mark (what Windows
/// Notepad writes as "Unicode"). Lines end with LF, CRLF or a lone CR. A NUL byte means the
/// file is not text; an invalid byte is reported with its line and column.
enum TranscriptText {
    enum Problem: Error, Equatable {
        case binary(line: Int)
        case invalid(line: Int, column: Int)
    }

    static func lines(_ bytes: [UInt8]) throws(Problem) -> [String] {
        if bytes.starts(with: [0xFF, 0xFE]) { return try utf16(bytes.dropFirst(2), bigEndian: false) }
        if bytes.starts(with: [0xFE, 0xFF]) { return try utf16(bytes.dropFirst(2), bigEndian: true) }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
        var decoder = UTF8()
        var iterator = body.makeIterator()
        var position = (line: 1, column: 1)
        return split(try decode(&iterator, with: &decoder, at: &position))
    }

    /// Every scalar `decoder` reads from `iterator`, checked; `position` ends where reading stopped.
    private static func decode<Codec: UnicodeCodec, Units: IteratorProtocol>(
        _ iterator: inout Units, with decoder: inout Codec, at position: inout (line: Int, column: Int)
    ) throws(Problem) -> String where Units.Element == Codec.CodeUnit {
        var scalars = String.UnicodeScalarView()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): try append(scalar, to: &scalars, at: &position)
            case .emptyInput: return String(scalars)
            case .error: throw .invalid(line: position.line, column: position.column)
            }
        }
    }

    private static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) throws(Problem) -> [String] {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let (first, second) = (UInt16(bytes[index]), UInt16(bytes[index + 1]))
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        var decoder = UTF16()
        var iterator = units.makeIterator()
        var position = (line: 1, column: 1)
        let text = try decode(&iterator, with: &decoder, at: &position)
        // An odd byte at the end is half a character.
        if index < bytes.endIndex { throw .invalid(line: position.line, column: position.column) }
        return split(text)
    }

    private static func append(
        _ scalar: Unicode.Scalar, to scalars: inout String.UnicodeScalarView,
        at position: inout (line: Int, column: Int)
    ) throws(Problem) {
        if scalar.value == 0 { throw .binary(line: position.line) }
        let afterCR = scalars.last == "\r"
        scalars.append(scalar)
        if scalar == "\r" || (scalar == "\n" && !afterCR) {
            position = (position.line + 1, 1)
        } else if scalar != "\n" {
            position.column += 1
        }
    }

    static func split(_ text: String) -> [String] { TextLines.split(text) }
}
