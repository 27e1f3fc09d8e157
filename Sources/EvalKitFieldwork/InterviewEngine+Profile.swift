import EvalKitInstruments
import EvalKitStore
import EvalKitTerminal
import Foundation

extension InterviewEngine {
    func presentProfile(seat: Int, field index: Int) -> Reaction {
        let field = setup.instrument.profile[index]
        var messages: [Message] = []
        if index == 0 {
            let code = respondents.indices.contains(seat) ? respondents[seat].code : ""
            messages.append(
                Message(
                    .heading,
                    isGroup ? "Participant \(seat + 1) of \(respondents.count) (\(code))" : "Respondent \(code)"))
        }
        let parser = AnswerParser(kind: field.answerKind, language: language)
        let optional = field.required ? "" : " (optional: Enter to leave out)"
        messages.append(Message(.question, text(field.label) + optional))
        if let options = parser.optionList { messages.append(Message(.info, options)) }
        return Reaction(messages: messages, prompt: Prompt(cue: field.kind == .text ? "text" : parser.cue))
    }

    mutating func handleProfile(_ entry: String, seat: Int, field index: Int) -> Reaction {
        let field = setup.instrument.profile[index]
        let parser = AnswerParser(kind: field.answerKind, language: language)
        var effects: [Effect] = []
        switch parser.parse(entry) {
        case .problem(let problem):
            return Reaction(messages: [Message(.problem, problem)], prompt: Prompt(cue: parser.cue))
        case .empty:
            guard !field.required else {
                return Reaction(
                    messages: [Message(.problem, "This field is required; type :skip if the respondent declines.")],
                    prompt: Prompt(cue: parser.cue))
            }
        case .value(let value):
            if let problem = minorWithoutGuardian(field: field, value: value) {
                return Reaction(messages: [Message(.problem, problem)], prompt: Prompt(cue: parser.cue))
            }
            let code = respondents[seat].code
            profile[code, default: [:]][field.id] = value
            effects.append(.setProfileValue(respondentCode: code, fieldID: field.id, value: value))
        }
        var reaction = advanceProfile(seat: seat, field: index)
        reaction.effects = effects + reaction.effects
        return reaction
    }

    mutating func advanceProfile(seat: Int, field index: Int) -> Reaction {
        if index + 1 < setup.instrument.profile.count {
            stage = .profile(seat: seat, field: index + 1)
            return present()
        }
        if seat + 1 < respondents.count {
            stage = .profile(seat: seat + 1, field: 0)
            return present()
        }
        return moveToQuestions(from: -1)
    }

    /// Data of a minor is never kept without a guardian's consent.
    private func minorWithoutGuardian(field: ProfileField, value: String) -> String? {
        let limit = setup.consent.guardian.minorBelow
        guard field.id == "age", let age = Int(value), age < limit, guardianConsentedAt == nil else { return nil }
        return "This respondent is younger than \(limit), but no guardian's consent was recorded. "
            + "Correct the age if it was mistyped. Otherwise end with :stop (only the consent and the code "
            + "are kept so far) and start again with the guardian present."
    }
}
