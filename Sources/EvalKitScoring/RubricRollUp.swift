import EvalKitInstruments
import Foundation

/// A criterion's rating from its questions' answers: the weighted mean of their points,
/// checked against each rating's rules, best rating first. See docs/scoring.md, step 6.
public struct CriterionRollUp: Sendable, Equatable {
    public var outcome: CellScore.Outcome
    /// The weighted mean of the answered questions' points; nil when too few were answered.
    public var score: Double?
    public var confidence: CellScore.Confidence?
}

extension Rubric {
    func rating(rollingUp answers: [CellScore.QuestionAnswer]) -> CriterionRollUp {
        let answered = answers.filter { $0.answer.flatMap(answer) != nil }
        let totalWeight = answers.reduce(0) { $0 + $1.weight }
        let answeredWeight = answered.reduce(0) { $0 + $1.weight }
        var reasons: [InsufficiencyReason] = []
        if answers.isEmpty {
            reasons.append(.nothingToRollUp)
        } else if answered.count < rollUp.minimumAnswered {
            reasons.append(
                .questionsAnswered(answered: answered.count, of: answers.count, need: rollUp.minimumAnswered))
        } else if answeredWeight <= 0 || answeredWeight < rollUp.minimumShare * totalWeight - 1e-9 {
            reasons.append(
                .weightAnswered(
                    share: totalWeight > 0 ? answeredWeight / totalWeight : 0, need: rollUp.minimumShare))
        }
        guard reasons.isEmpty else { return CriterionRollUp(outcome: .insufficientEvidence(reasons), score: nil) }
        let score = answered.reduce(0) { $0 + $1.weight * (answer($1.answer ?? "")?.points ?? 0) } / answeredWeight
        let rating =
            scale.first { rating in
                score >= rating.minimumScore - 1e-9 && holdsMajority(rating, answered, answeredWeight)
                    && !isVetoed(rating, answered)
            } ?? scale[scale.count - 1]
        return CriterionRollUp(
            outcome: .rated(rating.id), score: score, confidence: confidence(of: answered, answeredWeight))
    }

    private func holdsMajority(_ rating: Rating, _ answered: [CellScore.QuestionAnswer], _ weight: Double) -> Bool {
        guard let majority = rating.majority, let limit = rank(of: majority) else { return true }
        let good = answered.filter { (rank(of: $0.answer ?? "") ?? .max) <= limit }.reduce(0) { $0 + $1.weight }
        return good > weight / 2
    }

    private func isVetoed(_ rating: Rating, _ answered: [CellScore.QuestionAnswer]) -> Bool {
        guard let veto = rating.vetoedBy, let limit = rank(of: veto) else { return false }
        return answered.contains { (rank(of: $0.answer ?? "") ?? .min) >= limit && $0.confidence == .high }
    }

    /// The best confidence that more than half of the answered weight reaches.
    private func confidence(of answered: [CellScore.QuestionAnswer], _ weight: Double) -> CellScore.Confidence {
        var reached = 0.0
        for level in [CellScore.Confidence.high, .medium, .low] {
            reached += answered.filter { ($0.confidence ?? .low) == level }.reduce(0) { $0 + $1.weight }
            if reached > weight / 2 { return level }
        }
        return .low
    }
}
