import EvalKitCore
import Testing

/// The three table formats over one small table, byte for byte.
struct TableFormatTests {
    private struct Shape: Encodable {
        var codes: [String]
        var counts: [Int]
    }

    private let table = OutputTable(
        grid: [["code", "label", "n"], ["a.b", "Debt, \"loans\"", "12"], ["c", "two\nlines", "3"]],
        json: Shape(codes: ["a.b", "c"], counts: [12, 3]))

    @Test func csvQuotesOnlyWhatNeedsItAndEndsLinesWithCRLF() throws {
        #expect(
            try TableFormat.csv.render(table)
                == "code,label,n\r\na.b,\"Debt, \"\"loans\"\"\",12\r\nc,\"two\nlines\",3\r\n")
    }

    @Test func jsonHasSortedKeysAndEndsWithALineBreak() throws {
        let text = try TableFormat.json.render(table)
        #expect(text == "{\n  \"codes\" : [\n    \"a.b\",\n    \"c\"\n  ],\n  \"counts\" : [\n    12,\n    3\n  ]\n}\n")
    }

    @Test func textAlignsColumnsAndEndsWithALineBreak() throws {
        let grid = [["code", "n"], ["a.b", "12"], ["c", "3"]]
        let text = try TableFormat.table.render(OutputTable(grid: grid, json: [String]()))
        #expect(text == "code  n\na.b   12\nc     3\n")
    }
}
