import EvalKitInstruments
import EvalKitStore
import EvalKitTerminal
import Foundation

extension InterviewEngine {
    /// Shows the current stage: what to read and what to enter.
    mutating func present() -> Reaction {
        switch stage {
        case .privateSetting, .interpreter, .minor, .guardianConsent, .guardianAttestation, .consent, .attestation:
            return presentConsentStep()
        case .participantCount:
            return presentParticipantCount()
        case .waitingForRespondents:
            return Reaction()
        case .profile(let seat, let field):
            return presentProfile(seat: seat, field: field)
        case .question(let index):
            return presentQuestion(index)
        case .speaker(let index):
            var reaction = presentQuestion(index)
            reaction.prompt = speakerPrompt
            return reaction
        case .contribution(_, let seat):
            return Reaction(
                prompt: Prompt(cue: "answer of \(speakerName(seat)) (an empty line ends it)", entry: .paragraph))
        case .note:
            return Reaction(prompt: Prompt(cue: "note (an empty line ends it)", entry: .paragraph))
        case .distress:
            return Reaction(prompt: Prompt(cue: "press Enter to continue, or :pause / :stop"))
        case .finished:
            return finish()
        }
    }

    mutating func presentQuestion(_ index: Int) -> Reaction {
        let question = questions[index]
        let sectionIndex = sectionOfQuestion[index]
        let section = setup.instrument.sections[sectionIndex]
        var messages: [Message] = []
        if lastSectionShown != sectionIndex {
            lastSectionShown = sectionIndex
            messages.append(
                Message(
                    .heading,
                    "Section \(sectionIndex + 1) of \(setup.instrument.sections.count): \(text(section.title))"))
            if let intro = section.intro { messages.append(Message(.script, text(intro))) }
        }
        let sensitive = question.sensitive ? " · sensitive: go gently" : ""
        messages.append(Message(.progress, "Question \(index + 1) of \(questions.count)\(sensitive)"))
        messages.append(Message(.question, text(question.prompt)))
        messages += question.probes.map { Message(.probe, "Probe: " + text($0)) }
        let parser = AnswerParser(kind: question.answer, language: language)
        if let options = parser.optionList { messages.append(Message(.info, options)) }
        if !isGroup || question.answer != .text, let current = answers[question.id] {
            messages.append(Message(.info, "Saved answer: \(describe(current, parser)). Press Enter to keep it."))
        }
        let entry: Prompt.Entry = question.answer == .text ? .paragraph : .line
        return Reaction(messages: messages, prompt: Prompt(cue: parser.cue, entry: entry))
    }

    private func describe(_ state: AnswerState, _ parser: AnswerParser) -> String {
        switch state {
        case .answered(let value): parser.display(value)
        case .declined: "(declined)"
        case .notApplicable: "(not applicable)"
        }
    }

    mutating func handleAnswer(_ entry: String, question index: Int) -> Reaction {
        let question = questions[index]
        let parser = AnswerParser(kind: question.answer, language: language)
        switch parser.parse(entry) {
        case .problem(let problem):
            return Reaction(messages: [Message(.problem, problem)], prompt: Prompt(cue: parser.cue, entry: .line))
        case .empty:
            guard answers[question.id] != nil else {
                return Reaction(
                    messages: [
                        Message(.problem, "Nothing was entered. Type the answer, or :skip if the respondent declines.")
                    ],
                    prompt: Prompt(cue: parser.cue, entry: question.answer == .text ? .paragraph : .line))
            }
            return moveToQuestions(from: index)
        case .value(let value):
            return record(.answered(value), question: index)
        }
    }

    /// Saves an answer state for the question and moves on.
    mutating func record(_ state: AnswerState, question index: Int) -> Reaction {
        let question = questions[index]
        answers[question.id] = state
        let effect: Effect
        switch state {
        case .answered(let value):
            effect = .setAnswer(questionID: question.id, respondentCode: answerCode, status: .answered, value: value)
        case .declined:
            effect = .setAnswer(questionID: question.id, respondentCode: answerCode, status: .declined, value: nil)
        case .notApplicable:
            effect = .setAnswer(questionID: question.id, respondentCode: answerCode, status: .notApplicable, value: nil)
        }
        var reaction = moveToQuestions(from: index)
        reaction.effects.insert(effect, at: 0)
        return reaction
    }

    /// The code answers are attributed to: the respondent, or nil for the FGD group.
    var answerCode: String? { isGroup ? nil : respondents.first?.code }

    /// Goes to the next applicable question after `index`, or finishes.
    mutating func moveToQuestions(from index: Int) -> Reaction {
        if index >= 0, history.last != index { history.append(index) }
        guard let next = nextApplicable(after: index) else {
            stage = .finished
            return finish()
        }
        stage = stageFor(question: next)
        return present()
    }

    /// Marks the session completed and gives the contact card.
    mutating func finish() -> Reaction {
        stage = .finished
        var messages = [Message(.heading, "All questions are done"), Message(.info, "Thank the respondent.")]
        messages += contactCard()
        return Reaction(
            effects: [.setStatus(.completed), .addEvent(.completed, questionID: nil)], messages: messages,
            outcome: .completed)
    }

    /// The question the interviewer is on, for notes and events.
    var currentQuestionID: String? {
        if let questionOverride { return questionOverride }
        switch stage {
        case .question(let index), .speaker(let index), .contribution(let index, _): return questions[index].id
        default: return nil
        }
    }
}
