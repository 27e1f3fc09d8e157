import EvalKitInstruments
public import EvalKitStore
import EvalKitTerminal
public import Foundation

/// The interview runner as a value-type state machine: each event (an entry typed at a
/// prompt, or the result of an effect) returns what to record, what to show and what to ask
/// next. It performs no I/O, so every path is tested without a terminal.
///
/// Order of a session: private-setting check, interpreter, minor and guardian consent,
/// the consent script and the interviewer's attestation; then (FGD) the roster, the profile,
/// and the questions, honouring conditions. Nothing is recorded before consent.
public struct InterviewEngine: Sendable {
    enum Stage: Equatable, Sendable {
        case privateSetting
        case interpreter
        case minor
        case guardianConsent
        case guardianAttestation
        case consent
        case attestation
        case participantCount
        case waitingForRespondents
        case profile(seat: Int, field: Int)
        case question(Int)
        case speaker(Int)
        case contribution(question: Int, seat: Int?)
        case note
        case distress
        case finished
    }

    /// The state of one question's answer, as far as skip logic and resume need it.
    enum AnswerState: Equatable, Sendable {
        case answered(String)
        case declined
        case notApplicable
    }

    let setup: SessionSetup
    let questions: [Question]
    /// Section index of each question.
    let sectionOfQuestion: [Int]
    var stage: Stage = .privateSetting
    /// Where to return after a note or a distress pause.
    var returnStage: Stage?
    var interpreterUsed: Bool?
    var guardianConsentedAt: Date?
    var respondents: [RespondentRecord] = []
    var profile: [String: [String: String]] = [:]
    var answers: [String: AnswerState] = [:]
    /// FGD contributions in order: question and speaker code.
    var contributions: [(question: String, code: String?, text: String)] = []
    /// Question indices asked, for `:back`.
    var history: [Int] = []
    var lastSectionShown: Int?
    /// While a command runs after a saved answer: the question it belongs to.
    var questionOverride: String?

    var isGroup: Bool { setup.instrument.kind == .fgd }
    var language: String { setup.language }

    public init(setup: SessionSetup) {
        self.setup = setup
        var questions: [Question] = []
        var sections: [Int] = []
        for (index, section) in setup.instrument.sections.enumerated() {
            questions += section.questions
            sections += Array(repeating: index, count: section.questions.count)
        }
        self.questions = questions
        self.sectionOfQuestion = sections
    }

    /// Starts a new session at the private-setting check.
    public mutating func start() -> Reaction {
        stage = .privateSetting
        var messages = [Message(.heading, text(setup.instrument.title))]
        if let guidance = setup.instrument.guidance { messages.append(Message(.info, text(guidance))) }
        messages.append(Message(.info, "Commands work at every prompt; type :help to list them."))
        var reaction = present()
        reaction.messages = messages + reaction.messages
        return reaction
    }

    /// Continues a session that already has consent, at the first thing not yet answered.
    public mutating func resume(from progress: SessionProgress, consentAt: Date) -> Reaction {
        guardianConsentedAt = progress.guardianConsented ? consentAt : nil
        respondents = progress.respondents
        profile = progress.profile
        for answer in progress.answers {
            if isGroup && answer.status == .answered && setup.instrument.question(answer.questionID)?.answer == .text {
                contributions.append((answer.questionID, answer.respondentCode, answer.value ?? ""))
                answers[answer.questionID] = .answered(answer.value ?? "")
            } else {
                answers[answer.questionID] = Self.state(of: answer)
            }
        }
        stage = resumeStage()
        var reaction = present()
        reaction.messages.insert(Message(.info, "Resuming where the session left off."), at: 0)
        return reaction
    }

    /// Handles one entry typed at the current prompt.
    public mutating func handle(_ input: FieldInput) -> Reaction {
        switch input {
        case .endOfInput:
            if isBeforeConsent {
                return Reaction(
                    messages: [Message(.info, "Input ended before consent; nothing was recorded.")],
                    outcome: .notStarted)
            }
            return Reaction(
                messages: [Message(.info, "Input ended before the interview did; everything entered so far is saved.")],
                outcome: .inputEnded)
        case .command(let command):
            return handle(command)
        case .text(let entry):
            return handleText(entry)
        case .textThenCommand(let entry, let command):
            return handleText(entry, then: command)
        }
    }

    /// Saves the text for the current question, then runs the command as if typed at that
    /// question: a pause, stop or distress is filed under the question being answered.
    private mutating func handleText(_ entry: String, then command: FieldCommand) -> Reaction {
        let question = currentQuestionID
        let saved = handleText(entry)
        guard saved.messages.allSatisfy({ $0.role != .problem }) else { return saved }
        questionOverride = question
        defer { questionOverride = nil }
        let after = handle(command)
        // The next question's text is not shown: the command decides what comes next.
        return Reaction(
            effects: saved.effects + after.effects, messages: after.messages, prompt: after.prompt,
            outcome: saved.outcome ?? after.outcome)
    }

    /// Receives the codes the driver made for `Effect.allocateRespondents`.
    public mutating func respondentsAllocated(_ records: [RespondentRecord]) -> Reaction {
        respondents = records
        if setup.instrument.profile.isEmpty { return moveToQuestions(from: -1) }
        stage = .profile(seat: 0, field: 0)
        return present()
    }

    private mutating func handleText(_ entry: String) -> Reaction {
        switch stage {
        case .privateSetting, .interpreter, .minor, .guardianConsent, .guardianAttestation, .consent, .attestation:
            return handleConsentStep(entry)
        case .participantCount: return handleParticipantCount(entry)
        case .profile(let seat, let field): return handleProfile(entry, seat: seat, field: field)
        case .question(let index): return handleAnswer(entry, question: index)
        case .speaker(let index): return handleSpeaker(entry, question: index)
        case .contribution(let index, let seat): return handleContribution(entry, question: index, seat: seat)
        case .note: return finishNote(entry)
        case .distress:
            stage = returnStage ?? .finished
            returnStage = nil
            return present()
        case .waitingForRespondents, .finished:
            return Reaction(messages: [Message(.problem, "The session is over.")])
        }
    }

    static func state(of answer: AnswerRecord) -> AnswerState {
        switch answer.status {
        case .answered: .answered(answer.value ?? "")
        case .declined: .declined
        case .notApplicable: .notApplicable
        }
    }

    func text(_ value: LocalizedText) -> String { value.text(in: language) }
}

extension InterviewEngine {
    /// Whether consent is still to come: at a consent step, or in a pause (distress, a note)
    /// taken from one. Before consent nothing exists, so nothing may be saved or resumed.
    var isBeforeConsent: Bool {
        switch stage {
        case .distress, .note: returnStage?.isBeforeConsent ?? true
        default: stage.isBeforeConsent
        }
    }
}

extension InterviewEngine.Stage {
    var isBeforeConsent: Bool {
        switch self {
        case .privateSetting, .interpreter, .minor, .guardianConsent, .guardianAttestation, .consent, .attestation:
            true
        default: false
        }
    }
}
