import ArgumentParser
import Foundation

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
}

/// The JSON every command writes: sorted keys, dates in ISO 8601, pretty unless one line is wanted.
func jsonEncoder(pretty: Bool = true) -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    if pretty { encoder.outputFormatting.insert(.prettyPrinted) }
    encoder.dateEncodingStrategy = .iso8601
    return encoder
}

/// Prints `value` as pretty, key-sorted JSON on standard output.
func printJSON(_ value: some Encodable) throws {
    FileHandle.standardOutput.write(try jsonEncoder().encode(value))
    FileHandle.standardOutput.write(Data("\n".utf8))
}

/// `value` as JSON on one line, for output streamed row by row.
func jsonLine(_ value: some Encodable) throws -> String {
    String(decoding: try jsonEncoder(pretty: false).encode(value), as: UTF8.self)
}

func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
