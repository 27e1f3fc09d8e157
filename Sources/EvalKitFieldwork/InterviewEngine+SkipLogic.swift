import EvalKitInstruments
import EvalKitStore
import Foundation

extension InterviewEngine {
    /// True when every condition of the question holds for the answers given so far.
    /// An unanswered, skipped or not-applicable reference makes a condition false. In an FGD a
    /// condition on a profile field holds when it holds for at least one participant.
    func isApplicable(_ question: Question) -> Bool {
        question.conditions.allSatisfy { condition in
            values(of: condition.ref).contains { Self.holds(condition.test, for: $0) }
        }
    }

    private func values(of ref: String) -> [String] {
        if case .answered(let value)? = answers[ref] { return [value] }
        return respondents.compactMap { profile[$0.code]?[ref] }
    }

    static func holds(_ test: Condition.Test, for value: String) -> Bool {
        switch test {
        case .equals(let values): return values.contains(value)
        case .notEquals(let values): return !values.contains(value)
        case .includes(let values):
            let chosen = Set(value.split(separator: " ").map(String.init))
            return values.contains { chosen.contains($0) }
        case .atLeast(let number): return Int(value).map { $0 >= number } ?? false
        case .atMost(let number): return Int(value).map { $0 <= number } ?? false
        }
    }

    /// The first question after `index` whose conditions hold.
    func nextApplicable(after index: Int) -> Int? {
        questions.indices.first { $0 > index && isApplicable(questions[$0]) }
    }

    /// Where a resumed session continues: the profile if it is unfinished and no question has
    /// an answer yet, else the first applicable question without an answer.
    func resumeStage() -> Stage {
        if respondents.isEmpty { return isGroup ? .participantCount : .waitingForRespondents }
        let fields = setup.instrument.profile
        if answers.isEmpty && contributions.isEmpty && !fields.isEmpty {
            for (seat, respondent) in respondents.enumerated() {
                let stored = profile[respondent.code] ?? [:]
                let lastStored = fields.lastIndex { stored[$0.id] != nil }
                let next = lastStored.map { $0 + 1 } ?? 0
                if next < fields.count { return .profile(seat: seat, field: next) }
            }
        }
        if isGroup, let last = contributions.last?.question, let index = questions.firstIndex(where: { $0.id == last })
        {
            // The facilitator may not have finished that question: continue at its speaker prompt.
            if let unanswered = firstUnanswered(), unanswered < index { return stageFor(question: unanswered) }
            return .speaker(index)
        }
        guard let index = firstUnanswered() else { return .finished }
        return stageFor(question: index)
    }

    private func firstUnanswered() -> Int? {
        var index = -1
        while let next = nextApplicable(after: index) {
            if answers[questions[next].id] == nil { return next }
            index = next
        }
        return nil
    }

    func stageFor(question index: Int) -> Stage {
        isGroup && questions[index].answer == .text ? .speaker(index) : .question(index)
    }
}
