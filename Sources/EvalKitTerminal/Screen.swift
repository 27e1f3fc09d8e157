import EvalKitCore
import Foundation

/// Renders messages and prompts for a plain terminal: wrapped to the width, styled only
/// when the output is a terminal and NO_COLOR is not set.
public struct Screen {
    public var width: Int
    public var styled: Bool
    private let write: (String) -> Void

    /// - Parameter write: receives finished text; tests capture it.
    public init(width: Int = 80, styled: Bool = false, write: @escaping (String) -> Void) {
        self.width = width
        self.styled = styled
        self.write = write
    }

    /// Standard output, styled when it is a terminal and NO_COLOR is unset (https://no-color.org).
    public static func standardOutput() -> Screen {
        let terminal = isatty(STDOUT_FILENO) == 1
        let noColor = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        return Screen(styled: terminal && !noColor) { text in
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }

    public func show(_ message: Message) {
        switch message.role {
        case .heading: line("", then: style("== \(message.text) ==", code: "1"))
        case .progress: emit(message.text, indent: "", code: "2")
        case .script: emit(message.text, indent: "", code: nil)
        case .question: emit(message.text, indent: "", code: "1")
        case .probe: emit(message.text, indent: "  ", code: "2")
        case .info: emit(message.text, indent: "", code: nil, keepIndentation: true)
        case .problem: emit("! " + message.text, indent: "  ", code: "31")
        }
    }

    public func showPrompt(_ prompt: Prompt) {
        write(style("[\(prompt.cue)]", code: "36") + (prompt.entry == .paragraph ? "\n> " : " > "))
    }

    /// For continuation lines of a paragraph answer.
    public func showContinuation() { write("> ") }

    public func echo(_ line: String) { write(line + "\n") }

    public func plain(_ text: String) { write(text + "\n") }

    private func emit(_ text: String, indent: String, code: String?, keepIndentation: Bool = false) {
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let leading = keepIndentation ? String(paragraph.prefix { $0 == " " }) : ""
            let wrapped = TextWrap.wrap(
                String(paragraph), width: width, indent: indent + leading + (leading.isEmpty ? "" : "   "),
                firstIndent: indent + leading)
            write(style(wrapped, code: code) + "\n")
        }
    }

    private func line(_ before: String, then text: String) {
        write(before + "\n" + text + "\n")
    }

    private func style(_ text: String, code: String?) -> String {
        guard styled, let code else { return text }
        return "\u{1B}[\(code)m" + text + "\u{1B}[0m"
    }
}
