public import EvalKitStore
public import EvalKitTerminal
public import Foundation

/// What the engine asks the driver to record. The driver performs every effect, and each
/// is committed, before it shows the next prompt.
public enum Effect: Equatable, Sendable {
    /// The interviewer confirmed the private setting and the respondent consented.
    case recordConsent(at: Date, guardianAt: Date?, interpreterUsed: Bool?)
    /// Consent was declined: keep only site, group and date.
    case recordConsentDeclined
    /// Make pseudonymous codes for the respondent (interview: one, seat nil) or the FGD roster
    /// (seats 1…count). The driver answers with `InterviewEngine.respondentsAllocated`.
    case allocateRespondents(count: Int, isGroup: Bool)
    case setProfileValue(respondentCode: String, fieldID: String, value: String)
    /// Save (replacing) the answer to a question of an interview, or a group-level FGD answer.
    case setAnswer(questionID: String, respondentCode: String?, status: AnswerStatus, value: String?)
    /// Add one FGD contribution to a question.
    case addContribution(questionID: String, respondentCode: String?, value: String)
    /// Remove the most recent FGD contribution (`:back` in an FGD).
    case removeLastContribution
    case addNote(questionID: String?, text: String)
    case addEvent(SessionEventKind, questionID: String?)
    case setStatus(SessionStatus)
}

/// How a run of the runner ended.
public enum Outcome: Equatable, Sendable {
    /// Not started: the setting was not private, or the interviewer stopped before consent.
    case notStarted
    case consentDeclined
    case paused
    case stoppedByRespondent
    case completed
    /// Input ended before the interview did; the session can be resumed.
    case inputEnded
}

/// The engine's answer to one event.
public struct Reaction: Equatable, Sendable {
    public var effects: [Effect] = []
    public var messages: [Message] = []
    /// The next prompt; nil when the run is over (see `outcome`) or waiting for an effect's result.
    public var prompt: Prompt?
    public var outcome: Outcome?

    public init(effects: [Effect] = [], messages: [Message] = [], prompt: Prompt? = nil, outcome: Outcome? = nil) {
        self.effects = effects
        self.messages = messages
        self.prompt = prompt
        self.outcome = outcome
    }

    mutating func append(_ other: Reaction) {
        effects += other.effects
        messages += other.messages
        prompt = other.prompt
        outcome = other.outcome
    }
}
