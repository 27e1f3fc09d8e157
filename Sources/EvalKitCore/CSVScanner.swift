/// Splits CSV text into records, fed in chunks of bytes, and says where each field starts.
///
/// RFC 4180 with the usual leniencies: a field may be quoted (`"…"`, with `""` for a quote
/// inside), and then may hold commas and line breaks; lines end with CRLF, LF or CR; a UTF-8
/// byte order mark at the start is skipped. Bytes are not decoded here, so invalid UTF-8 reaches
/// the caller as it is. Memory stays bounded whatever the input: a field keeps at most
/// `maximumFieldLength` bytes and a record at most `maximumFields` fields (the rest are counted).
public struct CSVScanner: Sendable {
    public struct Field: Sendable {
        /// Where the field's bytes are in its record's `bytes`.
        public var range: Range<Int>
        public var start: Position
        /// The field had more than `maximumFieldLength` bytes; its bytes are the first ones.
        public var isTooLong = false
    }

    public struct Record: Sendable {
        /// The first `maximumFields` fields.
        public var fields: [Field] = []
        /// Every field, including those not kept.
        public var fieldCount = 0
        /// Where the record ends: its line break, or the end of the input.
        public var end = Position(line: 1, column: 1)
        /// The first field started with a quote.
        public var firstFieldWasQuoted = false
        /// The kept fields' bytes, one after another (one buffer, reused from record to record).
        public var bytes: [UInt8] = []

        /// The bytes of one of this record's fields, quotes removed.
        public func bytes(of field: Field) -> ArraySlice<UInt8> { bytes[field.range] }

        mutating func reset() {
            fields.removeAll(keepingCapacity: true)
            bytes.removeAll(keepingCapacity: true)
            fieldCount = 0
            firstFieldWasQuoted = false
        }
    }

    /// 1-based line and column; columns count Unicode scalars.
    public struct Position: Equatable, Sendable {
        public var line: Int
        public var column: Int

        public init(line: Int, column: Int) {
            self.line = line
            self.column = column
        }
    }

    public enum Problem: Equatable, Sendable {
        /// A `"` inside a field that did not start with one.
        case quoteInUnquotedField
        /// Something other than a comma or a line break right after a closing quote.
        case characterAfterClosingQuote
        /// The input ended inside a quoted field; the position is the field's start.
        case unterminatedQuote
    }

    public enum Event: Sendable {
        case record(Record)
        /// The record the problem is in is dropped; scanning goes on at the next line.
        case problem(Problem, at: Position)
    }

    private enum State {
        case fieldStart
        case unquoted
        case quoted
        /// After a `"` inside a quoted field: either the first of `""` or the closing quote.
        case quoteInQuoted
        /// After a problem: everything up to the next line break is ignored.
        case skippingLine
    }

    public let maximumFieldLength: Int
    public let maximumFields: Int
    private var state = State.fieldStart
    private var position = Position(line: 1, column: 1)
    private var previousWasCR = false
    private var atInputStart = true
    private var bomBytesSeen = 0
    /// The field being read: where it started, and where its bytes start in `record.bytes`.
    private var fieldStart: Position?
    private var fieldFrom = 0
    /// Beyond `maximumFields`, a field's bytes are not kept.
    private var keepingField = false
    private var fieldIsTooLong = false
    private var record = Record()

    public init(maximumFieldLength: Int = 4096, maximumFields: Int = 16) {
        self.maximumFieldLength = maximumFieldLength
        self.maximumFields = maximumFields
    }

    /// Scans `bytes` and returns the records and problems completed in them, in order.
    public mutating func consume(_ bytes: some Sequence<UInt8>) -> [Event] {
        var events: [Event] = []
        Array(bytes).withUnsafeBytes { consume($0) { events.append($0) } }
        return events
    }

    /// Scans `buffer`, handing each record and problem completed in it to `handle` as it ends.
    /// The record handed over shares its storage with the scanner's next one: a handler that
    /// keeps it gets a copy, one that does not costs no allocation.
    public mutating func consume(_ buffer: UnsafeRawBufferPointer, _ handle: (Event) -> Void) {
        var index = 0
        let count = buffer.count
        while index < count {
            // Runs of ordinary bytes inside a field are copied at once, not byte by byte.
            if !atInputStart && (state == .unquoted || state == .quoted) {
                var end = index
                while end < count && !Self.endsRun(buffer[end], quoted: state == .quoted) { end += 1 }
                if end > index {
                    appendRun(UnsafeRawBufferPointer(rebasing: buffer[index..<end]))
                    index = end
                    continue
                }
            }
            scan(buffer[index], handle)
            index += 1
        }
    }

    /// Ends the input: returns the last record (if the input does not end with a line break) or
    /// an unterminated quote.
    public mutating func finish() -> [Event] {
        var events: [Event] = []
        finish { events.append($0) }
        return events
    }

    /// Ends the input, handing the last record or an unterminated quote to `handle`.
    public mutating func finish(_ handle: (Event) -> Void) {
        if atInputStart {
            // The input was one or two bytes of a byte order mark, or nothing.
            atInputStart = false
            for byte in [UInt8]([0xEF, 0xBB, 0xBF]).prefix(bomBytesSeen) { scan(byte, handle) }
        }
        switch state {
        case .quoted:
            handle(.problem(.unterminatedQuote, at: fieldStart ?? position))
        case .skippingLine:
            break
        case .fieldStart where record.fieldCount == 0:
            break
        case .fieldStart:
            // The input ends right after a comma: the last field is empty.
            startField()
            endField()
            endRecord(handle)
        case .unquoted, .quoteInQuoted:
            endField()
            endRecord(handle)
        }
        state = .fieldStart
    }

    private static func endsRun(_ byte: UInt8, quoted: Bool) -> Bool {
        byte == .quote || byte == .lineFeed || byte == .carriageReturn || (!quoted && byte == .comma)
    }

    private mutating func scan(_ byte: UInt8, _ handle: (Event) -> Void) {
        if atInputStart && skipsByteOrderMark(byte, handle) { return }
        // The LF of a CRLF: the CR already ended the line (or, in a quoted field, counted it).
        if previousWasCR && byte == .lineFeed {
            previousWasCR = false
            if state == .quoted { append(byte) }
            return
        }
        let isLineBreak = byte == .lineFeed || byte == .carriageReturn
        switch state {
        case .fieldStart:
            startField()
            if byte == .quote {
                state = .quoted
                if record.fieldCount == 0 { record.firstFieldWasQuoted = true }
            } else if byte == .comma {
                endField()
            } else if isLineBreak {
                endField()
                endRecord(handle)
            } else {
                append(byte)
                state = .unquoted
            }
        case .unquoted:
            if byte == .comma {
                endField()
                state = .fieldStart
            } else if isLineBreak {
                endField()
                endRecord(handle)
                state = .fieldStart
            } else if byte == .quote {
                fail(.quoteInUnquotedField, handle)
            } else {
                append(byte)
            }
        case .quoted:
            if byte == .quote { state = .quoteInQuoted } else { append(byte) }
        case .quoteInQuoted:
            if byte == .quote {
                append(byte)
                state = .quoted
            } else if byte == .comma {
                endField()
                state = .fieldStart
            } else if isLineBreak {
                endField()
                endRecord(handle)
                state = .fieldStart
            } else {
                fail(.characterAfterClosingQuote, handle)
            }
        case .skippingLine:
            if isLineBreak {
                record.reset()
                fieldStart = nil
                state = .fieldStart
            }
        }
        advance(over: byte)
    }

    /// Skips EF BB BF at the very start of the input.
    private mutating func skipsByteOrderMark(_ byte: UInt8, _ handle: (Event) -> Void) -> Bool {
        let mark: [UInt8] = [0xEF, 0xBB, 0xBF]
        if byte == mark[bomBytesSeen] {
            bomBytesSeen += 1
            if bomBytesSeen == mark.count { atInputStart = false }
            return true
        }
        atInputStart = false
        // A partial mark was not a mark: scan its bytes as text.
        let partial = mark.prefix(bomBytesSeen)
        bomBytesSeen = 0
        for earlier in partial { scan(earlier, handle) }
        return false
    }

    private mutating func advance(over byte: UInt8) {
        previousWasCR = byte == .carriageReturn
        if byte == .lineFeed || byte == .carriageReturn {
            position.line += 1
            position.column = 1
        } else if byte & 0xC0 != 0x80 {
            // Not a UTF-8 continuation byte: a new scalar starts.
            position.column += 1
        }
    }

    private mutating func startField() {
        fieldStart = position
        fieldFrom = record.bytes.count
        keepingField = record.fields.count < maximumFields
        fieldIsTooLong = false
    }

    private mutating func append(_ byte: UInt8) {
        guard fieldStart != nil, keepingField else { return }
        if record.bytes.count - fieldFrom < maximumFieldLength {
            record.bytes.append(byte)
        } else {
            fieldIsTooLong = true
        }
    }

    /// `append` and `advance` for a run of bytes that are neither quotes nor line breaks (nor,
    /// outside quotes, commas).
    private mutating func appendRun(_ run: UnsafeRawBufferPointer) {
        previousWasCR = false
        var scalars = 0
        for byte in run where byte & 0xC0 != 0x80 { scalars += 1 }
        position.column += scalars
        guard fieldStart != nil, keepingField else { return }
        let room = maximumFieldLength - (record.bytes.count - fieldFrom)
        if run.count <= room {
            record.bytes.append(contentsOf: run)
        } else {
            record.bytes.append(contentsOf: run.prefix(max(0, room)))
            fieldIsTooLong = true
        }
    }

    private mutating func endField() {
        guard let start = fieldStart else { return }
        if keepingField {
            record.fields.append(Field(range: fieldFrom..<record.bytes.count, start: start, isTooLong: fieldIsTooLong))
        }
        record.fieldCount += 1
        fieldStart = nil
    }

    private mutating func endRecord(_ handle: (Event) -> Void) {
        record.end = position
        handle(.record(record))
        record.reset()
    }

    private mutating func fail(_ problem: Problem, _ handle: (Event) -> Void) {
        handle(.problem(problem, at: position))
        state = .skippingLine
    }
}

extension UInt8 {
    fileprivate static let quote = UInt8(ascii: "\"")
    fileprivate static let comma = UInt8(ascii: ",")
    fileprivate static let lineFeed = UInt8(ascii: "\n")
    fileprivate static let carriageReturn = UInt8(ascii: "\r")
}
