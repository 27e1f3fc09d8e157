public import EvalKitStore
public import EvalKitTerminal
public import Foundation

/// Runs an `InterviewEngine` against a terminal (or script) and the project store.
///
/// The rule that keeps answers safe: every effect of an entry is committed to the store
/// before anything else is shown. If the store fails, the run stops with the error and the
/// screen never acknowledges an answer that was not saved.
public final class InterviewDriver {
    private var engine: InterviewEngine
    private let store: ProjectStore
    private let context: SessionContext
    private var input: any LineSource
    private let screen: Screen
    private let clock: @Sendable () -> Date
    /// Ids of this session's FGD contributions, newest last, for `:back`.
    private var contributionIDs: [Int64]

    public init(
        engine: InterviewEngine, store: ProjectStore, context: SessionContext, input: any LineSource, screen: Screen,
        clock: @escaping @Sendable () -> Date = { Date() }, contributionIDs: [Int64] = []
    ) {
        self.engine = engine
        self.store = store
        self.context = context
        self.input = input
        self.screen = screen
        self.clock = clock
        self.contributionIDs = contributionIDs
    }

    /// Runs until the session ends, pauses or input runs out.
    /// - Parameter first: the engine's reaction to `start()` or `resume(…)`.
    /// - Throws: `StoreError` when an answer could not be saved.
    public func run(from first: Reaction) throws(StoreError) -> Outcome {
        var reaction = first
        while true {
            try perform(&reaction)
            reaction.messages.forEach(screen.show)
            if let outcome = reaction.outcome { return outcome }
            guard let prompt = reaction.prompt else { return .inputEnded }
            reaction = engine.handle(try read(prompt))
        }
    }

    /// Commits the reaction's effects; a respondent allocation feeds its codes back to the engine.
    private func perform(_ reaction: inout Reaction) throws(StoreError) {
        var index = 0
        while index < reaction.effects.count {
            let effect = reaction.effects[index]
            index += 1
            if case .allocateRespondents(let count, let isGroup) = effect {
                var records: [RespondentRecord] = []
                for seat in 1...max(count, 1) {
                    records.append(
                        try store.allocateRespondent(
                            sessionID: context.sessionID, siteID: context.siteID, siteCode: context.siteCode,
                            respondentGroup: context.respondentGroup, groupCode: context.groupCode,
                            seat: isGroup ? seat : nil))
                }
                let next = engine.respondentsAllocated(records)
                reaction.effects += next.effects
                reaction.messages += next.messages
                reaction.prompt = next.prompt
                reaction.outcome = next.outcome
            } else {
                try perform(effect)
            }
        }
    }

    private func perform(_ effect: Effect) throws(StoreError) {
        let id = context.sessionID
        switch effect {
        case .recordConsent(let at, let guardianAt, let interpreterUsed):
            try store.createSession(
                SessionRecord(
                    id: id, instrumentID: context.instrumentID, instrumentVersion: context.instrumentVersion,
                    instrumentSnapshot: context.instrumentSnapshot, method: context.method, siteID: context.siteID,
                    unitID: context.unitID, respondentGroup: context.respondentGroup,
                    interviewerCode: context.interviewerCode, language: context.language,
                    interpreterUsed: interpreterUsed, status: .inProgress, startedAt: context.startedAt,
                    consentAt: at, guardianConsentAt: guardianAt))
        case .recordConsentDeclined:
            _ = try store.recordConsentDeclined(
                instrumentID: context.instrumentID, method: context.method, siteID: context.siteID,
                unitID: context.unitID, respondentGroup: context.respondentGroup, on: context.startedAt)
        case .allocateRespondents:
            break  // handled by the caller, which feeds the codes back to the engine
        case .setProfileValue(let code, let field, let value):
            try store.setProfileValue(respondentCode: code, fieldID: field, value: value)
        case .setAnswer(let question, let code, let status, let value):
            _ = try store.setAnswer(
                AnswerRecord(
                    sessionID: id, questionID: question, respondentCode: code, status: status, value: value,
                    recordedAt: clock()))
        case .addContribution(let question, let code, let value):
            let saved = try store.addContribution(
                AnswerRecord(
                    sessionID: id, questionID: question, respondentCode: code, status: .answered, value: value,
                    recordedAt: clock()))
            if let answerID = saved.id { contributionIDs.append(answerID) }
        case .removeLastContribution:
            if let last = contributionIDs.popLast() { try store.deleteAnswer(id: last) }
        case .addNote(let question, let text):
            _ = try store.addNote(NoteRecord(sessionID: id, questionID: question, text: text, createdAt: clock()))
        case .addEvent(let kind, let question):
            try store.addEvent(SessionEventRecord(sessionID: id, kind: kind, questionID: question, at: clock()))
        case .setStatus(let status):
            try store.setStatus(sessionID: id, status, endedAt: status == .inProgress ? nil : clock())
        }
    }

    /// Reads one entry for the prompt: one line, or (for free text) lines up to an empty line.
    /// A line starting with a colon is a command. On a later line of a free-text answer, the
    /// text typed so far is submitted (and saved) first, then the command runs.
    private func read(_ prompt: Prompt) throws(StoreError) -> FieldInput {
        while true {
            screen.showPrompt(prompt)
            guard let first = nextLine() else { return .endOfInput }
            switch FieldInput.parse(first) {
            case .failure(let unknown):
                screen.show(Message(.problem, unknown.message))
                continue
            case .success(.text(let text)):
                guard prompt.entry == .paragraph, !text.trimmingCharacters(in: .whitespaces).isEmpty else {
                    return .text(text)
                }
                return try readParagraph(startingWith: text)
            case .success(let input):
                return input
            }
        }
    }

    private func readParagraph(startingWith first: String) throws(StoreError) -> FieldInput {
        var lines = [first]
        while true {
            screen.showContinuation()
            // End of input ends the paragraph: what was typed is still submitted and saved.
            guard let line = nextLine(), !line.trimmingCharacters(in: .whitespaces).isEmpty else { break }
            switch FieldInput.parse(line) {
            case .failure(let unknown):
                screen.show(Message(.problem, unknown.message + " The line was not added to the answer."))
            case .success(.command(.skip)), .success(.command(.notApplicable)):
                screen.show(
                    Message(
                        .problem,
                        "This answer already has text; end it with an empty line, or :back to revise it later."))
            case .success(.command(.help)):
                screen.show(Message(.info, FieldCommand.helpText))
            case .success(.command(.note(let note?))):
                // A note does not end the answer: it is kept at once, for this question.
                var reaction = engine.handle(.command(.note(note)))
                try perform(&reaction)
                reaction.messages.forEach(screen.show)
            case .success(.command(let command)):
                return .textThenCommand(lines.joined(separator: "\n"), command)
            case .success(.text(let text)):
                lines.append(text)
            case .success(.endOfInput), .success(.textThenCommand):
                break  // never produced by parsing a single line
            }
        }
        return .text(lines.joined(separator: "\n"))
    }

    private func nextLine() -> String? {
        input.nextLine(echoingOn: screen)
    }
}
