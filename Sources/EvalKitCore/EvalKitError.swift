/// An error that EvalKit reports to a person: the thing it is about, one sentence, and the
/// exit status the command ends with.
///
/// Every error is data: a type names what went wrong with values, `sentence` words it, and
/// `description` renders it the one way EvalKit prints errors ("FILE: error: sentence" or
/// "error: sentence"), so no caller types an "error:" prefix itself.
///
/// Neither `location` nor `sentence` may contain respondent data (answers, notes, profile
/// values): they may end up in a terminal log or a bug report.
public protocol EvalKitError: Error, CustomStringConvertible {
    var exitStatus: ExitStatus { get }
    /// The file (with its line and column, sheet and cell, or row), folder or variable the
    /// error is about, or `nil` when it is about the command as a whole.
    var location: String? { get }
    /// What went wrong and, where it helps, what to do; starts in lower case.
    var sentence: String { get }
}

extension EvalKitError {
    public var location: String? { nil }

    public var description: String { ErrorLine.render(location: location, sentence: sentence) }
}

/// The one place a line of an error (or a warning or note) is put together.
public enum ErrorLine {
    public static func render(location: String?, severity: String = "error", sentence: String) -> String {
        guard let location else { return "\(severity): \(sentence)" }
        return "\(location): \(severity): \(sentence)"
    }
}
