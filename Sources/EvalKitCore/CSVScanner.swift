/// Splits CSV text into records, fed in chunks of bytes, and says where each field starts.
///
/// RFC 4180 with the usual leniencies: a field may be quoted (`"…"`, with `""` for a quote
/// inside), and then may hold commas and line breaks; lines end with CRLF, LF or CR; a UTF-8
/// byte order mark at the start is skipped. Bytes are not decoded here, so invalid UTF-8 reaches
/// the caller as it is. Memory stays bounded whatever the input: a field keeps at most
/// `maximumFieldLength` bytes and a record at most `maximumFields` fields (the rest are counted).
public struct CSVScanner: Sendable {
    public struct Field: Sendable {
        public var bytes: [UInt8] = []
        public var start: Position
        /// The field had more than `maximumFieldLength` bytes; `bytes` holds the first ones.
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
    private var field: Field?
    private var record = Record()
    private var events: [Event] = []

    public init(maximumFieldLength: Int = 4096, maximumFields: Int = 16) {
        self.maximumFieldLength = maximumFieldLength
        self.maximumFields = maximumFields
    }

    /// Scans `bytes` and returns the records and problems completed in them, in order.
    public mutating func consume(_ bytes: some Sequence<UInt8>) -> [Event] {
        for byte in bytes { scan(byte) }
        defer { events.removeAll(keepingCapacity: true) }
        return events
    }

    /// Ends the input: returns the last record (if the input does not end with a line break) or
    /// an unterminated quote.
    public mutating func finish() -> [Event] {
        if atInputStart {
            // The input was one or two bytes of a byte order mark, or nothing.
            atInputStart = false
            for byte in [UInt8]([0xEF, 0xBB, 0xBF]).prefix(bomBytesSeen) { scan(byte) }
        }
        switch state {
        case .quoted:
            events.append(.problem(.unterminatedQuote, at: field?.start ?? position))
        case .skippingLine:
            break
        case .fieldStart where record.fieldCount == 0:
            break
        case .fieldStart:
            // The input ends right after a comma: the last field is empty.
            startField()
            endField()
            endRecord()
        case .unquoted, .quoteInQuoted:
            endField()
            endRecord()
        }
        state = .fieldStart
        defer { events.removeAll() }
        return events
    }

    private mutating func scan(_ byte: UInt8) {
        if atInputStart && skipsByteOrderMark(byte) { return }
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
                endRecord()
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
                endRecord()
                state = .fieldStart
            } else if byte == .quote {
                fail(.quoteInUnquotedField)
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
                endRecord()
                state = .fieldStart
            } else {
                fail(.characterAfterClosingQuote)
            }
        case .skippingLine:
            if isLineBreak {
                record = Record()
                field = nil
                state = .fieldStart
            }
        }
        advance(over: byte)
    }

    /// Skips EF BB BF at the very start of the input.
    private mutating func skipsByteOrderMark(_ byte: UInt8) -> Bool {
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
        for earlier in partial { scan(earlier) }
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
        field = Field(start: position)
    }

    private mutating func append(_ byte: UInt8) {
        guard field != nil else { return }
        if field!.bytes.count < maximumFieldLength {
            field!.bytes.append(byte)
        } else {
            field!.isTooLong = true
        }
    }

    private mutating func endField() {
        guard let finished = field else { return }
        if record.fields.count < maximumFields { record.fields.append(finished) }
        record.fieldCount += 1
        field = nil
    }

    private mutating func endRecord() {
        record.end = position
        events.append(.record(record))
        record = Record()
    }

    private mutating func fail(_ problem: Problem) {
        events.append(.problem(problem, at: position))
        state = .skippingLine
    }
}

extension UInt8 {
    fileprivate static let quote = UInt8(ascii: "\"")
    fileprivate static let comma = UInt8(ascii: ",")
    fileprivate static let lineFeed = UInt8(ascii: "\n")
    fileprivate static let carriageReturn = UInt8(ascii: "\r")
}
