/// The raw bytes of a parsed file, with the index needed to turn libxml2's line numbers
/// into line *and column* positions (libxml2 keeps only lines for elements).
struct SourceText {
    let bytes: [UInt8]
    private let lineStarts: [Int]
    /// Per line, where the next element search starts, so that several elements on one
    /// line get their own columns when the tree is walked in document order.
    private var cursors: [Int: Int] = [:]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append(offset + 1)
        }
        lineStarts = starts
    }

    /// The same text with every search cursor back at the start of its line.
    init(restartingSearchIn other: SourceText) {
        self = other
        cursors = [:]
    }

    func offset(ofLine line: Int) -> Int? {
        guard line >= 1, line <= lineStarts.count else { return nil }
        return lineStarts[line - 1]
    }

    /// 1-based line and column (in Unicode characters) of a byte offset.
    func position(of offset: Int) -> (line: Int, column: Int) {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        let start = lineStarts[low]
        let end = min(offset, bytes.count)
        // Count UTF-8 lead bytes only: continuation bytes look like 0b10xxxxxx.
        let characters = bytes[start..<max(start, end)].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        return (low + 1, characters + 1)
    }

    /// The byte offset of the start tag `<name` on `line`, searching after earlier finds.
    mutating func locateStartTag(_ name: String, line: Int) -> Int? {
        guard let lineStart = offset(ofLine: line) else { return nil }
        let pattern = Array(("<" + name).utf8)
        var index = max(lineStart, cursors[line] ?? lineStart)
        while index + pattern.count <= bytes.count {
            if bytes[index] == UInt8(ascii: "\n") { break }
            if bytes[index..<index + pattern.count].elementsEqual(pattern),
                index + pattern.count == bytes.count || Self.endsName(bytes[index + pattern.count])
            {
                cursors[line] = index + 1
                return index
            }
            index += 1
        }
        return nil
    }

    /// The byte offset of attribute `name` inside the start tag that begins at `tagOffset`.
    func locateAttribute(_ name: String, inTagAt tagOffset: Int) -> Int? {
        let pattern = Array(name.utf8)
        var quote: UInt8?
        var index = tagOffset + 1
        while index < bytes.count {
            let byte = bytes[index]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                return nil
            } else if Self.isSpace(bytes[index - 1]),
                index + pattern.count <= bytes.count,
                bytes[index..<index + pattern.count].elementsEqual(pattern)
            {
                var after = index + pattern.count
                while after < bytes.count, Self.isSpace(bytes[after]) { after += 1 }
                if after < bytes.count, bytes[after] == UInt8(ascii: "=") { return index }
            }
            index += 1
        }
        return nil
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private static func endsName(_ byte: UInt8) -> Bool {
        isSpace(byte) || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/")
    }
}
