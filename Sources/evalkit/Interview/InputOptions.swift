import ArgumentParser
import EvalKitCore
import EvalKitFieldwork
import EvalKitTerminal
import Foundation

/// Where answers come from: the keyboard (or a pipe), or a script file.
struct InputOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Read the entries from a script file instead of the keyboard: one line per prompt, a free-text answer ended by an empty line, the same :commands; lines starting with # are comments.",
            valueName: "file"))
    var script: String?

    func lineSource() throws -> any LineSource {
        guard let script else { return StandardInputLines() }
        let bytes = try FileReader.read(script, limit: 64 * 1024 * 1024)
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw FileReadError(path: script, reason: .unreadable("it is not UTF-8 text"))
        }
        return ScriptLines(text: text)
    }
}
