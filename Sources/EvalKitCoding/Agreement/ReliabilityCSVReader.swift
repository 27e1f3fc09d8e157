public import EvalKitCore
import Foundation

/// Reads reliability data from CSV with the columns `unit`, `coder` and `value`: one row per
/// unit and coder, so data from any coding tool can be checked.
///
/// The header row names the three columns in any order (case does not matter). Spaces and tabs
/// around a cell are ignored. An empty value means the coder gave the unit no value, as does a
/// missing row; blank lines are skipped. A row that repeats a unit and coder is fine when the
/// value is the same (or either is empty) and an error when the values differ.
///
/// Input is read in chunks and kept only as the data matrix. Every problem becomes a
/// `file:line:column: error:` diagnostic; reading goes on after a bad row, so one run lists
/// them all (up to `maximumErrors`).
public struct ReliabilityCSVReader: Sendable {
    /// After this many errors the reader stops and says so.
    public static let maximumErrors = 100
    static let columnNames = ["unit", "coder", "value"]

    /// The name used in diagnostics.
    public let file: String
    private var scanner = CSVScanner()
    /// For each of unit, coder and value: its position in a row. `nil` until the header is read.
    private var columns: [Int]?
    private var headerNames: [String] = []
    private var data = ReliabilityData()
    private var diagnostics: [Diagnostic] = []
    private var lastUnit: (bytes: [UInt8], number: Int)?
    private var knownCoders: [(bytes: [UInt8], number: Int)] = []
    private var knownValues: [(bytes: [UInt8], number: Int)] = []

    public init(file: String) {
        self.file = file
    }

    /// The reader has stopped: the header was invalid or there were too many errors. Further
    /// input is ignored.
    public var hasStopped: Bool {
        diagnostics.count >= Self.maximumErrors || (columns == nil && diagnostics.hasErrors)
    }

    /// Reads the next bytes of the file.
    public mutating func consume(_ bytes: some Sequence<UInt8>) {
        Array(bytes).withUnsafeBytes { consume($0) }
    }

    /// Reads the next bytes of the file, straight from a buffer.
    public mutating func consume(_ buffer: UnsafeRawBufferPointer) {
        guard !hasStopped else { return }
        // The scanner is moved out while it calls back into this reader.
        var scanner = CSVScanner()
        swap(&scanner, &self.scanner)
        defer { swap(&scanner, &self.scanner) }
        scanner.consume(buffer) { handle($0) }
    }

    /// Ends the input and returns the data.
    /// - Throws: `DiagnosticsError` (exit 65) with every problem found.
    public mutating func finish() throws(DiagnosticsError) -> ReliabilityData {
        if !hasStopped {
            var scanner = CSVScanner()
            swap(&scanner, &self.scanner)
            defer { swap(&scanner, &self.scanner) }
            scanner.finish { handle($0) }
        }
        if columns == nil && !diagnostics.hasErrors {
            report(
                "the file is empty; reliability data starts with a header row naming the columns unit, coder and value.",
                at: CSVScanner.Position(line: 1, column: 1))
        }
        guard diagnostics.isEmpty else {
            var all = diagnostics
            if all.count >= Self.maximumErrors {
                all.append(Diagnostic(.note, "stopped after \(Self.maximumErrors) errors.", file: file))
            }
            throw DiagnosticsError(all)
        }
        return data
    }

    /// Reads the CSV file at `path`.
    /// - Throws: `FileReadError` (exit 66) when the file is missing or unreadable,
    ///   `DiagnosticsError` (exit 65) when its content is not valid reliability data.
    public static func read(path: String) throws -> ReliabilityData {
        _ = try FileReader.regularFileSize(path)
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw FileReadError(path: path, reason: .unreadable("permission denied"))
        }
        defer { try? handle.close() }
        var reader = ReliabilityCSVReader(file: path)
        while !reader.hasStopped {
            let chunk: Data
            do {
                chunk = try handle.read(upToCount: 1 << 20) ?? Data()
            } catch {
                throw FileReadError(path: path, reason: .unreadable("read failed"))
            }
            if chunk.isEmpty { break }
            chunk.withUnsafeBytes { reader.consume($0) }
        }
        return try reader.finish()
    }

    /// Reads reliability data from CSV text already in memory; `file` names it in diagnostics.
    /// - Throws: `DiagnosticsError` (exit 65).
    public static func parse(_ text: String, file: String) throws(DiagnosticsError) -> ReliabilityData {
        var reader = ReliabilityCSVReader(file: file)
        reader.consume(text.utf8)
        return try reader.finish()
    }

    private mutating func handle(_ event: CSVScanner.Event) {
        guard !hasStopped else { return }
        switch event {
        case .record(let record): handle(record)
        case .problem(let problem, let position): report(Self.message(for: problem), at: position)
        }
    }

    private mutating func handle(_ record: CSVScanner.Record) {
        let first = Self.trimmed(record.bytes(of: record.fields[0]))
        if record.fieldCount == 1 && !record.firstFieldWasQuoted && first.isEmpty { return }
        guard let columns else {
            return readHeader(record, cells: record.fields.map { Self.trimmed(record.bytes(of: $0)) })
        }
        guard record.fieldCount == columns.count else {
            let place = record.fieldCount > columns.count ? record.fields[columns.count].start : record.end
            return report(
                "this row has \(record.fieldCount) field\(record.fieldCount == 1 ? "" : "s"), but the header has "
                    + "\(columns.count) (\(headerNames.joined(separator: ","))).", at: place)
        }
        // Every field is checked in order, also those whose number is remembered below.
        for field in record.fields where !isUsable(field, Self.trimmed(record.bytes(of: field))) { return }
        let unitField = record.fields[columns[0]]
        let coderField = record.fields[columns[1]]
        let valueField = record.fields[columns[2]]
        let unitBytes = Self.trimmed(record.bytes(of: unitField))
        let coderBytes = Self.trimmed(record.bytes(of: coderField))
        let valueBytes = Self.trimmed(record.bytes(of: valueField))
        if unitBytes.isEmpty {
            return report("the unit is empty; every row names a unit and a coder.", at: unitField.start)
        }
        if coderBytes.isEmpty {
            return report("the coder is empty; every row names a unit and a coder.", at: coderField.start)
        }
        guard let coder = coderNumber(coderBytes, at: coderField.start) else { return }
        let unit = unitNumber(unitBytes)
        guard !valueBytes.isEmpty else { return }
        let category = categoryNumber(valueBytes)
        if !data.record(category: category, unit: unit, coder: coder) {
            let error = ReliabilityDataError(.conflictingValues(unit: data.units[unit], coder: data.coders[coder]))
            report(error.sentence, at: valueField.start)
        }
    }

    /// The unit's number; rows of one unit usually follow each other, so the last one is remembered.
    private mutating func unitNumber(_ bytes: ArraySlice<UInt8>) -> Int {
        if let last = lastUnit, last.bytes.elementsEqual(bytes) { return last.number }
        let number = data.unitNumber(String(decoding: bytes, as: UTF8.self))
        lastUnit = (Array(bytes), number)
        return number
    }

    /// The coder's number, or nil after reporting a coder that cannot be used. A file names a
    /// few coders, remembered by their bytes.
    private mutating func coderNumber(_ bytes: ArraySlice<UInt8>, at position: CSVScanner.Position) -> Int? {
        if let known = knownCoders.first(where: { $0.bytes.elementsEqual(bytes) }) { return known.number }
        let coder = String(decoding: bytes, as: UTF8.self)
        // Agreement compares a handful of coders; the matrix grows with units × coders.
        if coder.count > Self.coderNameLimit {
            report(
                "the coder '\(coder.prefix(20))…' has \(coder.count) characters; a coder is named by a code of at "
                    + "most \(Self.coderNameLimit).", at: position)
            return nil
        }
        if !data.hasCoder(coder) && data.coders.count >= Self.coderLimit {
            report(
                "more than \(Self.coderLimit) coders; agreement compares a few coders at a time (choose them with "
                    + "--coders).", at: position)
            return nil
        }
        let number = data.coderNumber(coder)
        if knownCoders.count < 16 { knownCoders.append((Array(bytes), number)) }
        return number
    }

    /// The value's category number; values are few, remembered by their bytes.
    private mutating func categoryNumber(_ bytes: ArraySlice<UInt8>) -> Int {
        if let known = knownValues.first(where: { $0.bytes.elementsEqual(bytes) }) { return known.number }
        let number = data.categoryNumber(String(decoding: bytes, as: UTF8.self))
        if knownValues.count < 16 { knownValues.append((Array(bytes), number)) }
        return number
    }

    private static func isASCII(_ bytes: ArraySlice<UInt8>) -> Bool { bytes.allSatisfy { $0 < 0x80 } }

    private mutating func readHeader(_ record: CSVScanner.Record, cells: [ArraySlice<UInt8>]) {
        var written: [String] = []
        for (field, cell) in zip(record.fields, cells) {
            guard let text = checkedText(field, cell) else { return }
            written.append(text)
        }
        let texts = written.map { $0.lowercased() }
        let start = record.fields[0].start
        guard texts.contains(where: Self.columnNames.contains) else {
            return report(
                "the first row is not a header; reliability data starts with a header row naming the columns "
                    + "unit, coder and value, in any order.", at: start)
        }
        var found: [String: Int] = [:]
        for (index, name) in texts.enumerated() {
            let place = record.fields[index].start
            if !Self.columnNames.contains(name) {
                report(
                    name.isEmpty
                        ? "a column has no name; reliability data has exactly the columns unit, coder and value."
                        : "unexpected column '\(written[index])'; reliability data has exactly the columns unit, "
                            + "coder and value.",
                    at: place)
            } else if found[name] != nil {
                report("column '\(name)' appears twice.", at: place)
            } else {
                found[name] = index
            }
        }
        if record.fieldCount > record.fields.count {
            report(
                "the header has \(record.fieldCount) columns; reliability data has exactly the columns unit, coder "
                    + "and value.", at: start)
        }
        for name in Self.columnNames where found[name] == nil {
            report(
                "the header has no '\(name)' column; it names the columns unit, coder and value, in any order.",
                at: start)
        }
        guard !diagnostics.hasErrors else { return }
        columns = Self.columnNames.map { found[$0]! }
        headerNames = texts
    }

    /// The cell as text, or `nil` after reporting why it cannot be used.
    private mutating func checkedText(_ field: CSVScanner.Field, _ cell: ArraySlice<UInt8>) -> String? {
        isUsable(field, cell) ? String(decoding: cell, as: UTF8.self) : nil
    }

    /// Whether the field is short UTF-8 text; if not, says why.
    private mutating func isUsable(_ field: CSVScanner.Field, _ cell: ArraySlice<UInt8>) -> Bool {
        if field.isTooLong {
            report(
                "this field is longer than \(scanner.maximumFieldLength) bytes; units, coders and values are short "
                    + "names.", at: field.start)
            return false
        }
        if !Self.isASCII(cell) && String(validating: cell, as: UTF8.self) == nil {
            report("this field is not valid UTF-8; save the file as UTF-8 text.", at: field.start)
            return false
        }
        return true
    }

    /// The most coders one file may name, and the longest coder name.
    public static let coderLimit = 1_000
    public static let coderNameLimit = 64

    private mutating func report(_ message: String, at position: CSVScanner.Position) {
        guard diagnostics.count < Self.maximumErrors else { return }
        let location = SourceLocation(file: file, line: position.line, column: position.column)
        diagnostics.append(.error(message, at: location))
    }

    private static func message(for problem: CSVScanner.Problem) -> String {
        switch problem {
        case .quoteInUnquotedField:
            "a quote inside an unquoted field; quote the whole field and double the quotes inside it (\"a \"\"b\"\"\")."
        case .characterAfterClosingQuote:
            "unexpected text after a closing quote; a quoted field ends with a quote followed by a comma or a line "
                + "break."
        case .unterminatedQuote:
            "this quoted field is never closed; add the closing quote."
        }
    }

    /// The bytes without leading and trailing spaces and tabs.
    private static func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        let isBlank = { (byte: UInt8) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        guard let first = bytes.firstIndex(where: { !isBlank($0) }) else { return [] }
        let last = bytes.lastIndex(where: { !isBlank($0) })!
        return bytes[first...last]
    }
}
