/// An error that EvalKit reports to a person: one sentence (or a list of diagnostics)
/// and the exit status the command ends with.
///
/// `description` must never contain respondent data (answers, notes, profile values):
/// it may end up in a terminal log or a bug report.
public protocol EvalKitError: Error, CustomStringConvertible {
    var exitStatus: ExitStatus { get }
}
