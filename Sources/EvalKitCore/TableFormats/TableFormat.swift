/// How an analysis table is written: aligned text for the terminal, CSV (RFC 4180) for a
/// spreadsheet, or JSON with sorted keys for a program. Each format is one `TableWriter` in
/// its own file; a new format is a new case and a new file.
public enum TableFormat: String, Sendable, CaseIterable {
    case table
    case csv
    case json

    public var writer: any TableWriter {
        switch self {
        case .table: TextTableWriter()
        case .csv: CSVTableWriter()
        case .json: JSONTableWriter()
        }
    }

    /// The table in this format, ending with a line break.
    public func render(_ table: OutputTable) throws -> String {
        var text = ""
        try writer.write(table, to: &text)
        return text
    }
}
