import EvalKitCore
import Foundation

/// Writes one open answer from the phrase bank: a neutral sentence on the question's topic,
/// and statements on the aspects it touches, favourable or not with the chances of the
/// programme model the speaker experienced.
struct AnswerComposer: Sendable {
    var model: ProgrammeModel
    var voice: Voice
    /// Respondents of an ethnic minority meet language barriers more often.
    var minority: Bool
    /// For family sentences: the relative talks about a son rather than a daughter.
    var childIsSon: Bool = false

    func compose(_ plan: QuestionPlan, using random: inout SeededGenerator) -> String {
        var sentences: [String] = []
        if random.chance(0.12) { sentences.append(random.pick(PhraseBank.openers)) }
        if !plan.topics.isEmpty {
            let lines = PhraseBank.topic(random.pick(plan.topics), voice)
            sentences.append(random.pick(lines))
            if lines.count > 2 && random.chance(0.25) {
                sentences.append(random.pick(lines.filter { !sentences.contains($0) }))
            }
        }
        let aspectCount: Int
        if plan.aspects.isEmpty {
            aspectCount = 0
        } else if plan.topics.isEmpty {
            aspectCount = random.chance(0.45) ? 2 : 1
        } else {
            aspectCount = random.chance(0.35) ? 1 : 0
        }
        var remaining = plan.aspects
        for _ in 0..<min(aspectCount, remaining.count) {
            guard let aspect = random.weighted(remaining.map { ($0, weight(of: $0)) }) else { break }
            remaining.removeAll { $0 == aspect }
            if let sentence = statement(on: aspect, using: &random) { sentences.append(sentence) }
        }
        if sentences.isEmpty || sentences.allSatisfy(PhraseBank.openers.contains) {
            sentences.append(random.pick(PhraseBank.genericTopic))
        }
        return fill(sentences.joined(separator: " "))
    }

    /// A favourable or unfavourable sentence on the aspect, by the model's chances.
    func statement(on aspect: Aspect, using random: inout SeededGenerator) -> String? {
        let lines = PhraseBank.lines(aspect, voice)
        var chance = model.chance(aspect)
        if aspect == .language && minority { chance -= 0.3 }
        let favourable = random.chance(chance)
        let chosen = favourable ? lines.good : lines.bad
        let pool = chosen.isEmpty ? (favourable ? lines.bad : lines.good) : chosen
        return pool.isEmpty ? nil : random.pick(pool)
    }

    private func weight(of aspect: Aspect) -> Double {
        if aspect == .language && !minority { return 0.2 }
        return model.weight(aspect)
    }

    /// Fills the family sentences' placeholders for a daughter or a son.
    func fill(_ text: String) -> String {
        guard text.contains("{") else { return text }
        let child = childIsSon ? "my son" : "my daughter"
        return text.replacingOccurrences(of: "{child}", with: child)
            .replacingOccurrences(of: "{Child}", with: childIsSon ? "My son" : "My daughter")
            .replacingOccurrences(of: "{she}", with: childIsSon ? "he" : "she")
            .replacingOccurrences(of: "{him}", with: childIsSon ? "him" : "her")
            .replacingOccurrences(of: "{his}", with: childIsSon ? "his" : "her")
    }
}
