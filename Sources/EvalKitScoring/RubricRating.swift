public import EvalKitInstruments

extension Rubric {
    /// The computed answer of a question's (or a criterion's own) counts: insufficient evidence
    /// below the minimum (with every reason), else the answer its balance earns.
    func outcome(respondents: Int, groups: Int, sites: Int, balance: Double?) -> CellScore.Outcome {
        guard balance != nil else { return .insufficientEvidence(["no positive or negative evidence"]) }
        var reasons: [String] = []
        let minimum = minimumEvidence
        if respondents < minimum.respondents {
            reasons.append("\(Self.count(respondents, "respondent")) (\(minimum.respondents) needed)")
        }
        if groups < minimum.respondentGroups {
            reasons.append("\(Self.count(groups, "respondent group")) (\(minimum.respondentGroups) needed)")
        }
        if sites < minimum.sites {
            reasons.append("\(Self.count(sites, "site")) (\(minimum.sites) needed)")
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

    static func count(_ value: Int, _ noun: String) -> String {
        "\(value) \(noun)\(value == 1 ? "" : "s")"
    }
}
