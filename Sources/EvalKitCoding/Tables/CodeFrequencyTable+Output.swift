public import EvalKitCore
import EvalKitStore
import Foundation

extension CodeFrequencyTable {
    /// The header row, then one row per code: id, label, then segments and respondents for
    /// each column and for all columns together.
    public var grid: [[String]] {
        let columns = self.columns
        let header =
            ["code", "label"] + columns.flatMap { ["\($0) segments", "\($0) respondents"] }
            + ["total segments", "total respondents"]
        return [header]
            + rows.map { code in
                let cells = (columns.map { cell(code: code.id, column: $0) } + [total(code: code.id)])
                return [code.id, code.label] + cells.flatMap { [String($0.segments), String($0.respondents)] }
            }
    }

    /// The table as text, CSV or JSON, ending with a line break.
    public func rendered(as format: TableFormat) throws -> String {
        try format.render(OutputTable(grid: grid, json: JSONForm(self)))
    }

    private struct JSONForm: Encodable {
        struct Row: Encodable {
            var id: String
            var label: String
            var cells: [String: Cell]
            var total: Cell
        }
        var by: String
        var columns: [String]
        var codes: [Row]

        init(_ table: CodeFrequencyTable) {
            by = table.dimension.description
            columns = table.columns
            codes = table.rows.map { code in
                Row(
                    id: code.id, label: code.label,
                    cells: Dictionary(
                        uniqueKeysWithValues: table.columns.map { ($0, table.cell(code: code.id, column: $0)) }),
                    total: table.total(code: code.id))
            }
        }
    }
}

extension CodeCooccurrenceTable {
    /// The header row ("code" and every code id), then one row per code with its counts.
    public var grid: [[String]] {
        let ids = codeIDs
        return [["code"] + ids] + zip(ids, matrix).map { [$0] + $1.map(String.init) }
    }

    /// The table as text, CSV or JSON (`codes` and `matrix` in the same order), ending with a line break.
    public func rendered(as format: TableFormat) throws -> String {
        struct JSONForm: Encodable {
            var codes: [String]
            var matrix: [[Int]]
        }
        return try format.render(OutputTable(grid: grid, json: JSONForm(codes: codeIDs, matrix: matrix)))
    }
}
