/// What the runner asks next.
public struct Prompt: Equatable, Sendable {
    public enum Entry: Equatable, Sendable {
        /// One line: yes/no, numbers, a choice.
        case line
        /// Free text over several lines, ended by an empty line.
        case paragraph
    }

    /// The short cue printed before the cursor, e.g. "yes/no" or "answer".
    public var cue: String
    public var entry: Entry

    public init(cue: String, entry: Entry = .line) {
        self.cue = cue
        self.entry = entry
    }
}

/// A block of text for the screen, with its role so the terminal can style it.
public struct Message: Equatable, Sendable {
    public enum Role: Equatable, Sendable {
        /// A section or phase title.
        case heading
        /// Where the interview stands: "Section 2 of 8 · question 5 of 54".
        case progress
        /// Text to read aloud to the respondent.
        case script
        /// A question to read aloud.
        case question
        /// A follow-up the interviewer may use.
        case probe
        /// For the interviewer only.
        case info
        /// Something to fix before going on.
        case problem
    }

    public var role: Role
    public var text: String

    public init(_ role: Role, _ text: String) {
        self.role = role
        self.text = text
    }
}
