import EvalKitCore
import EvalKitInstruments

/// Answers to closed questions (yes/no, choices, numbers), as stored values. Chances differ
/// by programme model where the models differ (work, follow-up, services received); the
/// numbers are the demo's design.
enum ChoiceAnswers {
    /// Chance of "yes" at a centre site and at an outreach site.
    static let yes: [String: (centre: Double, outreach: Double)] = [
        "before.knew": (0.35, 0.45), "away.others": (0.6, 0.6), "away.forced": (0.7, 0.7), "away.debt": (0.45, 0.45),
        "return.home": (0.85, 0.9), "services.before-home": (0.8, 0.8), "work.current": (0.4, 0.65),
        "now.wanted-place": (0.6, 0.8), "ahead.migrate": (0.35, 0.2), "group.member": (0.3, 0.85),
        "away.heard": (0.4, 0.4), "away.as-expected": (0.3, 0.3), "away.contact": (0.6, 0.6),
        "support.received": (0.8, 0.85), "measures.data-shared": (0.55, 0.45), "needs.other-provinces": (0.6, 0.6),
        "residents.men": (0.4, 0.4), "residents.retrafficked": (0.6, 0.6), "leaving.follow-up": (0.25, 0.8),
    ]

    /// Relative weights of single-choice options, centre and outreach.
    static let single: [String: [String: (Double, Double)]] = [
        "leaving.recruiter": [
            "stranger": (1, 1), "acquaintance": (3, 3), "friend": (2, 2), "relative": (1.5, 1.5),
            "partner": (1.5, 1.5), "broker": (2, 2), "other": (0.3, 0.3),
        ],
        "leaving.border": ["no-border": (1, 1.5), "knowingly": (1, 1), "unknowingly": (3, 2.5), "unsure": (0.7, 0.7)],
        "support.helped": ["a-lot": (0.3, 0.6), "a-little": (0.55, 0.35), "not-at-all": (0.15, 0.05)],
        "future.leave-again": ["yes": (0.35, 0.2), "no": (0.35, 0.5), "not-sure": (0.3, 0.3)],
        "stay.urgent-met": ["fully": (0.3, 0.2), "mostly": (0.5, 0.4), "partly": (0.2, 0.3), "not-met": (0, 0.1)],
        "admission.scope": ["internal": (0.05, 0.1), "cross-border": (0.3, 0.3), "both": (0.7, 0.6)],
        "child.sex": ["female": (0.8, 0.8), "male": (0.2, 0.2)],
    ]

    /// Chance of each option of a checklist, centre and outreach.
    static let multiple: [String: [String: (Double, Double)]] = [
        "services.received": [
            "shelter": (0.95, 0), "food": (0.9, 0), "home-visits": (0, 0.85), "self-help-group": (0, 0.8),
            "medical": (0.85, 0.35), "counselling": (0.8, 0.15), "legal": (0.35, 0.1),
            "vocational-training": (0.7, 0.45), "education": (0.15, 0.1), "money": (0.3, 0.7),
            "job-search": (0.15, 0.35), "travel-home": (0.8, 0), "other": (0.05, 0.05),
        ],
        "services.more-help": [
            "counselling": (0.2, 0.6), "vocational-training": (0.3, 0.4), "job-search": (0.6, 0.4),
            "money": (0.6, 0.3), "medical": (0.3, 0.4), "legal": (0.3, 0.5), "other": (0.05, 0.05),
        ],
        "return.exit-help": [
            "self": (0.3, 0.3), "family": (0.3, 0.3), "police": (0.4, 0.4), "border-guards": (0.5, 0.4),
            "foreign-authorities": (0.2, 0.2), "organisation": (0.2, 0.2), "other": (0.05, 0.05),
        ],
        "away.forced-kind": [
            "domestic": (0.3, 0.3), "forced-marriage": (0.55, 0.45), "sex-work": (0.2, 0.2), "factory": (0.2, 0.3),
            "farm": (0.25, 0.2), "entertainment": (0.15, 0.15), "other": (0.05, 0.05),
        ],
        "away.debt-whose": ["own": (0.4, 0.4), "parents": (0.5, 0.5), "trafficker": (0.4, 0.4)],
        "work.reasons-not": [
            "no-jobs": (0.7, 0.6), "no-skills": (0.4, 0.4), "unsafe": (0.1, 0.1), "discrimination": (0.4, 0.15),
        ],
        "now.difficulties": [
            "work": (0.6, 0.5), "money": (0.75, 0.6), "security": (0.3, 0.15), "health": (0.35, 0.35),
            "family": (0.3, 0.2),
        ],
        "support.kinds": [
            "counselling": (0.5, 0.1), "health": (0.6, 0.3), "vocational-training": (0.5, 0.35), "job": (0.15, 0.3),
            "money": (0.3, 0.7), "legal": (0.2, 0.1), "schooling": (0.1, 0.15), "self-help-group": (0.05, 0.8),
        ],
        "situation.offer": [
            "legal": (0.5, 0.4), "education": (0.4, 0.4), "vocational": (0.7, 0.6), "economic": (0.6, 0.75),
            "health": (0.6, 0.5), "counselling": (0.6, 0.25), "other": (0.1, 0.1),
        ],
        "residents.ages": [
            "age-under-16": (0.2, 0.2), "age-16-17": (0.5, 0.5), "age-18-24": (0.9, 0.9), "age-25-34": (0.6, 0.6),
            "age-35-plus": (0.2, 0.2),
        ],
    ]

    /// Plausible ranges for numbers the guides ask.
    static let numbers: [String: ClosedRange<Int>] = [
        "residents.current": 12...60, "residents.total": 200...900, "residents.men-count": 3...25,
        "child.age": 17...32,
    ]

    /// The stored value for a closed question (option values, or a number).
    static func value(
        for question: Question, model: ProgrammeModel, ethnicGroups: [String], using random: inout SeededGenerator
    ) -> String {
        let outreach = model.unit == "outreach"
        func pick(_ pair: (Double, Double)) -> Double { outreach ? pair.1 : pair.0 }
        switch question.answer {
        case .text:
            return ""
        case .yesNo:
            let chance = yes[question.id].map(pick) ?? 0.5
            return random.chance(chance) ? "yes" : "no"
        case .integer(let low, let high):
            let range = numbers[question.id] ?? ((low ?? 0)...max(low ?? 0, min(high ?? 10, (low ?? 0) + 40)))
            return String(Int.random(in: range, using: &random))
        case .single(let options):
            let weights = single[question.id] ?? [:]
            let choices = options.map { ($0.value, weights[$0.value].map(pick) ?? 1) }
            return random.weighted(choices) ?? options[0].value
        case .multiple(let options):
            var chances = multiple[question.id]
            if question.id.hasSuffix("ethnic-groups") {
                chances = Dictionary(uniqueKeysWithValues: ethnicGroups.map { ($0, (0.8, 0.8)) })
            }
            // Options a known checklist does not list are rare; on an unknown one all are alike.
            let unlisted = chances == nil ? 0.25 : 0.03
            var chosen = options.filter { random.chance(chances?[$0.value].map(pick) ?? unlisted) }.map(\.value)
            if chosen.isEmpty {
                let likely = options.max { (chances?[$0.value].map(pick) ?? 0) < (chances?[$1.value].map(pick) ?? 0) }
                chosen = [likely?.value ?? options[0].value]
            }
            return chosen.joined(separator: " ")
        }
    }
}
