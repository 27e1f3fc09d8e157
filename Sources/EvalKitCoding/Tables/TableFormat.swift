import EvalKitCore
import Foundation

/// How an analysis table is written: aligned text for the terminal, CSV (RFC 4180) for a
/// spreadsheet, or JSON with sorted keys for a program.
public enum TableFormat: String, Sendable, CaseIterable {
    case table
    case csv
    case json

    /// `grid` (header row first) as aligned text or CSV; `json` for the JSON format.
    /// Every format ends with a line break.
    static func render(_ grid: [[String]], json: some Encodable, as format: TableFormat) throws -> String {
        switch format {
        case .table: return TextTable.render(grid) + "\n"
        case .csv: return CSVText.render(grid)
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            return String(decoding: try encoder.encode(json), as: UTF8.self) + "\n"
        }
    }
}

/// Writes rows as RFC 4180 CSV: CRLF line ends; a field with a comma, quote or line break
/// is quoted, with quotes doubled.
public enum CSVText {
    public static func render(_ rows: [[String]]) -> String {
        rows.map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
    }

    static func field(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
