import EvalKitInstruments
import EvalKitStore
import EvalKitTerminal
import Foundation

extension InterviewEngine {
    mutating func handle(_ command: FieldCommand) -> Reaction {
        switch command {
        case .help:
            var reaction = currentPromptOnly()
            reaction.messages.insert(
                Message(.info, FieldCommand.helpText), at: 0)
            return reaction
        case .note(let text):
            guard !isBeforeConsent else { return refuse("Notes can be kept once consent is recorded.") }
            guard let text else {
                returnStage = stage
                stage = .note
                return present()
            }
            var reaction = currentPromptOnly()
            reaction.effects.append(.addNote(questionID: currentQuestionID, text: text))
            reaction.messages.insert(Message(.info, "Note kept."), at: 0)
            return reaction
        case .distress:
            var reaction = Reaction(
                messages: [Message(.info, "Paused. Take the time the respondent needs; offer the support below.")]
                    + referralContacts())
            if !isBeforeConsent {
                reaction.effects.append(.addEvent(.distressPause, questionID: currentQuestionID))
            }
            if stage != .distress { returnStage = stage }
            stage = .distress
            reaction.prompt = present().prompt
            // Coming back shows the whole question again, its section included.
            lastSectionShown = nil
            return reaction
        case .pause:
            if isBeforeConsent { return notStarted() }
            let question = currentQuestionID
            stage = .finished
            return Reaction(
                effects: [.addEvent(.paused, questionID: question)],
                messages: [Message(.info, "Paused. Everything entered so far is saved.")], outcome: .paused)
        case .stop:
            if isBeforeConsent { return notStarted() }
            let question = currentQuestionID
            stage = .finished
            return Reaction(
                effects: [.setStatus(.stoppedByRespondent), .addEvent(.stoppedByRespondent, questionID: question)],
                messages: [Message(.info, "The interview has ended. What the respondent said so far is kept.")]
                    + contactCard(), outcome: .stoppedByRespondent)
        case .back:
            return goBack()
        case .skip:
            return skip(as: .declined)
        case .notApplicable:
            return skip(as: .notApplicable)
        }
    }

    private mutating func notStarted() -> Reaction {
        stage = .finished
        return Reaction(messages: [Message(.info, "Not started. Nothing was recorded.")], outcome: .notStarted)
    }

    private mutating func skip(as state: AnswerState) -> Reaction {
        switch stage {
        case .question(let index):
            return record(state, question: index)
        case .speaker(let index):
            // The group as a whole declines, or the question does not apply to it.
            return record(state, question: index)
        case .profile(let seat, let field):
            guard state == .declined else { return refuse("Use :skip when the respondent declines a profile field.") }
            return advanceProfile(seat: seat, field: field)
        case .contribution(let index, _):
            stage = .speaker(index)
            return Reaction(messages: [Message(.info, "Nothing recorded for that speaker.")], prompt: speakerPrompt)
        default:
            return refuse("There is nothing to skip here.")
        }
    }

    private mutating func goBack() -> Reaction {
        switch stage {
        case .speaker, .contribution:
            return backInGroup()
        case .question:
            guard let previous = history.popLast() else { return refuse("This is the first question.") }
            stage = stageFor(question: previous)
            return present()
        case .profile(let seat, let field):
            guard field > 0 || seat > 0 else { return refuse("This is the first profile field.") }
            stage =
                field > 0
                ? .profile(seat: seat, field: field - 1)
                : .profile(seat: seat - 1, field: setup.instrument.profile.count - 1)
            return present()
        default:
            return refuse("There is nothing to go back to here.")
        }
    }

    func refuse(_ problem: String) -> Reaction {
        var reaction = currentPromptOnly()
        reaction.messages.insert(Message(.problem, problem), at: 0)
        return reaction
    }

    /// The current prompt without repeating the question text.
    func currentPromptOnly() -> Reaction {
        var copy = self
        return Reaction(prompt: copy.present().prompt)
    }

    mutating func finishNote(_ entry: String) -> Reaction {
        let resumeAt = returnStage ?? .finished
        returnStage = nil
        stage = resumeAt
        var reaction = currentPromptOnly()
        let note = entry.trimmingCharacters(in: .whitespacesAndNewlines)
        if note.isEmpty {
            reaction.messages.insert(Message(.info, "No note kept."), at: 0)
        } else {
            reaction.effects.append(.addNote(questionID: currentQuestionID, text: note))
            reaction.messages.insert(Message(.info, "Note kept."), at: 0)
        }
        return reaction
    }
}
