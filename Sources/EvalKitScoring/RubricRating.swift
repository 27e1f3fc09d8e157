import EvalKitInstruments

extension Rubric {
    /// The computed answer of a question's (or a criterion's own) counts: insufficient evidence
    /// below the minimum (with every reason), else the answer its balance earns.
    func outcome(respondents: Int, groups: Int, sites: Int, balance: Double?) -> CellScore.Outcome {
        guard balance != nil else { return .insufficientEvidence([.noEvaluativeEvidence]) }
        var reasons: [InsufficiencyReason] = []
        let minimum = minimumEvidence
        if respondents < minimum.respondents {
            reasons.append(.respondents(have: respondents, need: minimum.respondents))
        }
        if groups < minimum.respondentGroups {
            reasons.append(.respondentGroups(have: groups, need: minimum.respondentGroups))
        }
        if sites < minimum.sites {
            reasons.append(.sites(have: sites, need: minimum.sites))
        }
        guard reasons.isEmpty, let balance else { return .insufficientEvidence(reasons) }
        return .rated(answer(forBalance: balance).id)
    }

    /// How far an answered cell's evidence reaches: high, medium, or low below both levels.
    func confidence(respondents: Int, groups: Int, sites: Int) -> CellScore.Confidence {
        func reaches(_ level: Threshold) -> Bool {
            respondents >= level.respondents && groups >= level.respondentGroups && sites >= level.sites
        }
        if reaches(highConfidence) { return .high }
        if reaches(mediumConfidence) { return .medium }
        return .low
    }
}
