import EvalKitInstruments
import EvalKitStore
import EvalKitTerminal
import Foundation

/// Focus group discussions: a roster of participants, then for each open question any number
/// of contributions, each attributed to one participant or to the group.
extension InterviewEngine {
    static let participantLimit = 30

    func presentParticipantCount() -> Reaction {
        var hint = ""
        if let minimum = setup.instrument.minParticipants, let maximum = setup.instrument.maxParticipants {
            hint = " The guide recommends \(minimum) to \(maximum)."
        }
        return Reaction(
            messages: [Message(.info, "How many participants are taking part?" + hint)],
            prompt: Prompt(cue: "number from 1 to \(Self.participantLimit)"))
    }

    mutating func handleParticipantCount(_ entry: String) -> Reaction {
        let parser = AnswerParser(kind: .integer(min: 1, max: Self.participantLimit), language: language)
        guard case .value(let value) = parser.parse(entry), let count = Int(value) else {
            return Reaction(
                messages: [
                    Message(.problem, "Please enter the number of participants, from 1 to \(Self.participantLimit).")
                ],
                prompt: Prompt(cue: parser.cue))
        }
        stage = .waitingForRespondents
        var messages: [Message] = []
        if let minimum = setup.instrument.minParticipants, let maximum = setup.instrument.maxParticipants,
            !(minimum...maximum).contains(count)
        {
            messages.append(Message(.info, "Note: \(count) is outside the recommended \(minimum) to \(maximum)."))
        }
        return Reaction(effects: [.allocateRespondents(count: count, isGroup: true)], messages: messages)
    }

    var speakerPrompt: Prompt {
        Prompt(cue: "who speaks: 1-\(respondents.count), g for the group, Enter for the next question")
    }

    func speakerName(_ seat: Int?) -> String {
        guard let seat, respondents.indices.contains(seat) else { return "the group" }
        return "participant \(seat + 1) (\(respondents[seat].code))"
    }

    mutating func handleSpeaker(_ entry: String, question index: Int) -> Reaction {
        let choice = entry.trimmingCharacters(in: .whitespaces).lowercased()
        if choice.isEmpty { return moveToQuestions(from: index) }
        if choice == "g" || choice == "group" {
            stage = .contribution(question: index, seat: nil)
            return present()
        }
        guard let number = Int(choice), (1...respondents.count).contains(number) else {
            return Reaction(
                messages: [
                    Message(.problem, "Enter a participant number from 1 to \(respondents.count), g, or Enter.")
                ],
                prompt: speakerPrompt)
        }
        stage = .contribution(question: index, seat: number - 1)
        return present()
    }

    mutating func handleContribution(_ entry: String, question index: Int, seat: Int?) -> Reaction {
        let textEntered = entry.trimmingCharacters(in: .whitespacesAndNewlines)
        stage = .speaker(index)
        guard !textEntered.isEmpty else {
            return Reaction(messages: [Message(.info, "Nothing recorded for that speaker.")], prompt: speakerPrompt)
        }
        let question = questions[index]
        let code = seat.map { respondents[$0].code }
        contributions.append((question.id, code, textEntered))
        answers[question.id] = .answered(textEntered)
        return Reaction(
            effects: [.addContribution(questionID: question.id, respondentCode: code, value: textEntered)],
            messages: [Message(.info, "Saved (\(speakerName(seat))).")], prompt: speakerPrompt)
    }

    /// `:back` in an FGD removes the most recent contribution so it can be entered again.
    mutating func backInGroup() -> Reaction {
        guard let last = contributions.popLast(), let index = questions.firstIndex(where: { $0.id == last.question })
        else {
            if case .speaker(let current) = stage, let previous = history.popLast(), previous < current {
                stage = stageFor(question: previous)
                return present()
            }
            return refuse("There is no earlier answer to revise.")
        }
        if !contributions.contains(where: { $0.question == last.question }) { answers[last.question] = nil }
        stage = .speaker(index)
        let seat = respondents.firstIndex { $0.code == last.code }
        var reaction = presentQuestion(index)
        reaction.effects = [.removeLastContribution]
        reaction.messages.insert(
            Message(.info, "Removed the last answer, by \(speakerName(seat)): \"\(last.text)\". Enter it again."), at: 0
        )
        reaction.prompt = speakerPrompt
        return reaction
    }
}
