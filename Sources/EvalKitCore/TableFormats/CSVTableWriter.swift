import Foundation

/// RFC 4180 CSV: CRLF line ends; a field with a comma, quote or line break is quoted, with
/// quotes doubled.
public struct CSVTableWriter: TableWriter {
    public init() {}

    public func write(_ table: OutputTable, to stream: inout some TextOutputStream) {
        for row in table.grid { stream.write(Self.line(row)) }
    }

    /// One record, with its CRLF.
    public static func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    static func field(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
