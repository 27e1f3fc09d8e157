public import Foundation

/// The table's program shape as JSON, in the form every command writes (see `JSONOutput`).
public struct JSONTableWriter: TableWriter {
    public init() {}

    public func write(_ table: OutputTable, to stream: inout some TextOutputStream) throws {
        stream.write(String(decoding: try JSONOutput.encoder().encode(table.json), as: UTF8.self) + "\n")
    }
}

/// The JSON EvalKit writes: sorted keys, no escaped slashes, dates in ISO 8601, pretty unless
/// one line is wanted.
public enum JSONOutput {
    public static func encoder(pretty: Bool = true) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        if pretty { encoder.outputFormatting.insert(.prettyPrinted) }
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }
}
