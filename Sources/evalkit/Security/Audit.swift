import EvalKitStore
import Foundation

/// Appends one line to the project's audit log: who did what, when, to which ids; never content.
///
/// `actor` is the code the command was given (`--interviewer`, `--coder`, `--actor`); without
/// one, `EVALKIT_ACTOR`, else `unrecorded`. An account name is never used: it may be a real name.
func audit(_ store: ProjectStore, _ action: String, target: String?, actor: String?) throws {
    try store.recordAudit(AuditEvent(at: Date(), actor: auditActor(actor), action: action, target: target))
}

func auditActor(_ given: String?) -> String {
    if let given, !given.isEmpty { return given }
    if let fromEnvironment = ProcessInfo.processInfo.environment["EVALKIT_ACTOR"], !fromEnvironment.isEmpty {
        return fromEnvironment
    }
    return "unrecorded"
}
