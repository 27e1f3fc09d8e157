/// Columns aligned with spaces, for reading in a terminal.
public struct TextTableWriter: TableWriter {
    public init() {}

    public func write(_ table: OutputTable, to stream: inout some TextOutputStream) {
        stream.write(TextTable.render(table.grid) + "\n")
    }
}
