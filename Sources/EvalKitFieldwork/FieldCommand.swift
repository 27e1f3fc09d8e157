import Foundation

/// What an interviewer can type at any prompt, starting with a colon so that it can never be
/// mistaken for an answer. A real answer that starts with a colon is typed with two (`::`).
public enum FieldCommand: Equatable, Sendable {
    /// The respondent declines to answer.
    case skip
    /// The question does not apply to this respondent.
    case notApplicable
    /// Return to the previous question to revise its answer.
    case back
    /// An interviewer note, kept apart from the answers; without text, the next entry is the note.
    case note(String?)
    /// Save and leave; `evalkit interview resume` continues.
    case pause
    /// The respondent ends the interview; what was said is kept.
    case stop
    /// The respondent is distressed: pause and show the referral contacts.
    case distress
    case help

    /// The command list for `:help`, in two aligned columns.
    public static var helpText: String {
        let width = summary.map(\.0.count).max() ?? 0
        return summary.map { $0.0.padding(toLength: width + 2, withPad: " ", startingAt: 0) + $0.1 }
            .joined(separator: "\n")
    }

    /// Every command with its one-line explanation, for `:help` and the guide.
    public static let summary: [(String, String)] = [
        (":skip", "the respondent declines this question"),
        (":na", "the question does not apply"),
        (":back", "go back and revise the previous answer"),
        (":note TEXT", "keep a note for the team, apart from the answers"),
        (":pause", "save and leave; resume later with 'evalkit interview resume'"),
        (":stop", "the respondent ends the interview; what was said is kept"),
        (":distress", "pause and show the referral contacts"),
        (":help", "show this list"),
    ]
}

/// One submitted entry: a command or an answer text.
public enum FieldInput: Equatable, Sendable {
    case command(FieldCommand)
    case text(String)
    /// Free text whose later line was a command: the text is saved as the answer to the current
    /// question, then the command runs for that same question.
    case textThenCommand(String, FieldCommand)
    /// Standard input or the script ended.
    case endOfInput

    /// Reads a line typed at a prompt. `::x` is the answer `:x`; an unknown `:word` is an error.
    public static func parse(_ entry: String) -> Result<FieldInput, UnknownCommand> {
        let trimmed = entry.drop { $0 == " " || $0 == "\t" }
        guard trimmed.hasPrefix(":") else { return .success(.text(entry)) }
        if trimmed.hasPrefix("::") { return .success(.text(String(trimmed.dropFirst()))) }
        let body = trimmed.dropFirst()
        let word = body.prefix { !$0.isWhitespace }.lowercased()
        let rest = body.dropFirst(word.count).trimmingWhitespace
        switch word {
        case "skip": return .success(.command(.skip))
        case "na", "n/a": return .success(.command(.notApplicable))
        case "back": return .success(.command(.back))
        case "note": return .success(.command(.note(rest.isEmpty ? nil : rest)))
        case "pause": return .success(.command(.pause))
        case "stop": return .success(.command(.stop))
        case "distress": return .success(.command(.distress))
        case "help", "h", "?": return .success(.command(.help))
        default: return .failure(UnknownCommand(word: String(word)))
        }
    }
}

public struct UnknownCommand: Error, Equatable {
    public var word: String
    public var message: String {
        "':\(word)' is not a command. Commands: "
            + FieldCommand.summary.map { $0.0.split(separator: " ")[0] }.joined(separator: " ")
            + ". To answer with a leading colon, type two (::)."
    }
}

extension Substring {
    var trimmingWhitespace: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
