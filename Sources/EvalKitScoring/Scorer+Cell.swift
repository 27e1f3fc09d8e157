import EvalKitInstruments

extension Scorer {
    /// One cell's outcome, confidence and judgement from its tally; `quotes` reads the texts of
    /// the strongest items (only a shown cell has quotes). A question is answered from its own
    /// evidence; a criterion rolls up `questions`, the cells of its evaluation questions in the
    /// same scope, or is answered from its own evidence when the framework gives it none.
    func cell(
        _ scope: UnitScope, _ target: Judgement.Target, _ tally: CellTally, _ suppression: Suppression,
        questions: [CellScore] = [], quotes: ([EvidenceItem]) throws -> [Quote]
    ) throws -> CellScore {
        let respondents = tally.respondents.count
        var outcome: CellScore.Outcome
        var confidence: CellScore.Confidence?
        var answers: [CellScore.QuestionAnswer] = []
        var score: Double?
        switch target {
        case .evaluationQuestion:
            (outcome, confidence) = answer(tally, suppression)
        case .criterion(let criterion):
            if questions.isEmpty {
                let (own, ownConfidence) = answer(tally, suppression)
                answers = [
                    .init(
                        question: criterion, answer: own.answerID, confidence: ownConfidence, weight: 1, judged: false)
                ]
            } else {
                answers = questions.map { Self.answer(of: $0, weight: rubric.rollUp.weight(of: $0.target.id)) }
            }
            let rollUp = rubric.rating(rollingUp: answers)
            (outcome, score, confidence) = (rollUp.outcome, rollUp.score, rollUp.confidence)
            if suppression == .small, case .rated = outcome { (outcome, score, confidence) = (smallCell, nil, nil) }
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
            balance: tally.balance, computed: outcome, answers: answers, score: score, confidence: confidence,
            judgement: judgement, positiveQuotes: shown ? try quotes(tally.strongestPositive.items) : [],
            negativeQuotes: shown ? try quotes(tally.strongestNegative.items) : [], suppression: suppression)
    }

    /// What a small cell shows instead of a rating or an answer.
    private var smallCell: CellScore.Outcome { .insufficientEvidence([.smallCell(minimum: rubric.minimumCellSize)]) }

    /// The answer a tally's own evidence earns; a small cell is never answered.
    private func answer(_ tally: CellTally, _ suppression: Suppression) -> (CellScore.Outcome, CellScore.Confidence?) {
        var outcome = rubric.outcome(
            respondents: tally.respondents.count, groups: tally.groups.count, sites: tally.sites.count,
            balance: tally.balance)
        if suppression == .small, case .rated = outcome { outcome = smallCell }
        guard case .rated = outcome else { return (outcome, nil) }
        let confidence = rubric.confidence(
            respondents: tally.respondents.count, groups: tally.groups.count, sites: tally.sites.count)
        return (outcome, confidence)
    }

    /// A question cell as its criterion rolls it up: the analyst's answer over the computed
    /// one, with the computed confidence (low when only the analyst answered it).
    static func answer(of cell: CellScore, weight: Double) -> CellScore.QuestionAnswer {
        guard let judgement = cell.judgement else {
            return .init(
                question: cell.target.id, answer: cell.computed.answerID, confidence: cell.confidence, weight: weight,
                judged: false)
        }
        let answer = judgement.rating == Judgement.insufficientEvidence ? nil : judgement.rating
        return .init(
            question: cell.target.id, answer: answer, confidence: answer == nil ? nil : cell.confidence ?? .low,
            weight: weight, judged: true)
    }
}
