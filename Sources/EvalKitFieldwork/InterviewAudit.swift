public import EvalKitStore
public import Foundation

/// What the audit log keeps of an interview run: the actions and the session id, never
/// what was said. A declined consent keeps no session id, so none is logged.
public enum InterviewAudit {
    /// Records how the run ended and, the first time the session has consent, that consent
    /// was recorded.
    public static func record(
        _ outcome: Outcome, sessionID: String, store: ProjectStore, actor: String, at date: Date = Date()
    ) throws {
        func log(_ action: String, _ target: String?) throws {
            try store.recordAudit(AuditEvent(at: date, actor: actor, action: action, target: target))
        }
        let action: String
        switch outcome {
        case .notStarted: return
        case .consentDeclined:
            try log("interview.consent-declined", nil)
            return
        case .completed: action = "interview.complete"
        case .stoppedByRespondent: action = "interview.stopped-by-respondent"
        case .paused, .inputEnded: action = "interview.pause"
        }
        if let session = try store.session(id: sessionID), session.consentAt != nil,
            try !store.auditEvents().contains(where: { $0.action == "interview.consent" && $0.target == sessionID })
        {
            try log("interview.consent", sessionID)
        }
        try log(action, sessionID)
    }
}
