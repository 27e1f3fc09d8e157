/// A table as commands print it: rows of cells (header first) for the text formats, and the
/// same data shaped for a program, for JSON.
public struct OutputTable {
    public var grid: [[String]]
    public var json: any Encodable

    public init(grid: [[String]], json: any Encodable) {
        self.grid = grid
        self.json = json
    }
}

/// One output format for tables, writing to a stream (in the way GRDB's `DumpFormat` does for
/// database dumps). Every format ends its output with a line break.
public protocol TableWriter {
    func write(_ table: OutputTable, to stream: inout some TextOutputStream) throws
}
