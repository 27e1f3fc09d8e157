import ArgumentParser
import EvalKitCore
import Foundation

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
}

func printJSON(_ value: some Encodable) throws {
    FileHandle.standardOutput.write(try JSONOutput.encoder().encode(value))
    FileHandle.standardOutput.write(Data("\n".utf8))
}

/// `value` as JSON on one line, for output streamed row by row.
func jsonLine(_ value: some Encodable) throws -> String {
    String(decoding: try JSONOutput.encoder(pretty: false).encode(value), as: UTF8.self)
}

func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
