import EvalKitCore
import Foundation

/// Where typed entries come from: the keyboard, a pipe or a script file. All go through
/// the same prompts, so a script rehearses exactly what a person would do.
public protocol LineSource {
    /// The next line without its line break, or nil at the end of input.
    mutating func nextLine() -> String?
    /// Whether typed text is already visible (a terminal echoes what is typed).
    var echoesInput: Bool { get }
}

/// Standard input: a person at a terminal, or a pipe.
public struct StandardInputLines: LineSource {
    public let echoesInput: Bool

    public init() {
        echoesInput = isatty(STDIN_FILENO) == 1
    }

    public mutating func nextLine() -> String? {
        readLine(strippingNewline: true)
    }
}

/// The lines of a script file. Lines starting with `#` are comments and are skipped. Lines
/// may end with LF, CRLF (as Windows editors save) or CR.
public struct ScriptLines: LineSource {
    private var lines: [String]
    private var index = 0
    public var echoesInput: Bool { false }

    public init(text: String) {
        lines = TextLines.split(text)
    }

    public mutating func nextLine() -> String? {
        while index < lines.count {
            let line = lines[index]
            index += 1
            if line.hasPrefix("#") { continue }
            return line
        }
        return nil
    }
}

extension LineSource {
    /// The next line; input that a terminal did not show (a pipe, a script) is echoed on
    /// `screen`, so the transcript reads like a session.
    public mutating func nextLine(echoingOn screen: Screen) -> String? {
        let line = nextLine()
        if !echoesInput { screen.echo(line ?? "") }
        return line
    }
}
