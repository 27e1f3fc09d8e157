import EvalKitInstruments

extension Scorer {
    /// One cell's outcome, confidence and judgement from its tally; `quotes` reads the texts of
    /// the strongest items (only a shown cell has quotes).
    func cell(
        _ scope: UnitScope, _ target: Judgement.Target, _ tally: CellTally, _ suppression: Suppression,
        quotes: ([EvidenceItem]) throws -> [Quote]
    ) throws -> CellScore {
        let respondents = tally.respondents.count
        var outcome = rubric.outcome(
            respondents: respondents, groups: tally.groups.count, sites: tally.sites.count, balance: tally.balance)
        if suppression == .small, case .rated = outcome {
            outcome = .insufficientEvidence(["fewer than \(rubric.minimumCellSize) respondents (a small cell)"])
        }
        var confidence: CellScore.Confidence?
        if case .rated = outcome {
            confidence = rubric.confidence(
                respondents: respondents, groups: tally.groups.count, sites: tally.sites.count)
        }
        let judgement: Judgement? =
            if case .unit(let unit) = scope {
                project.judgements.first { $0.unit == unit && $0.target == target }
            } else {
                nil
            }
        let shown = suppression == .shown
        return CellScore(
            scope: scope, target: target, positive: tally.positive, negative: tally.negative,
            descriptive: tally.descriptive, positiveWeight: tally.positiveWeight, negativeWeight: tally.negativeWeight,
            respondents: respondents, respondentGroups: tally.groups.count, sites: tally.sites.count,
            balance: tally.balance, computed: outcome, confidence: confidence, judgement: judgement,
            positiveQuotes: shown ? try quotes(tally.strongestPositive.items) : [],
            negativeQuotes: shown ? try quotes(tally.strongestNegative.items) : [], suppression: suppression)
    }
}
