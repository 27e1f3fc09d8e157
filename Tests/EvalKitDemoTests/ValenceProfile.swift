import EvalKitInstruments
import EvalKitStore

/// Weighted positive and negative segments of one coder, per unit and criterion: what scoring
/// by unit × criterion will start from.
struct ValenceProfile {
    struct Balance: Equatable {
        var positive = 0.0
        var negative = 0.0
        var share: Double { positive + negative == 0 ? 0 : positive / (positive + negative) }
    }

    /// unit → criterion → balance.
    var balances: [String: [String: Balance]] = [:]
    /// unit → evaluation question → balance.
    var byQuestion: [String: [String: Balance]] = [:]

    init(store: ProjectStore, coder: String, project: Project) throws {
        let framework = project.framework
        var criterionOf: [String: String] = [:]
        for criterion in framework?.criteria ?? [] {
            for question in criterion.evaluationQuestions { criterionOf[question.id] = criterion.id }
        }
        var codes: [String: Code] = [:]
        for entry in project.codebook?.allCodes ?? [] { codes[entry.code.id] = entry.code }
        var collected: [(unit: String, codeID: String)] = []
        try store.forEachAnswer { item in
            guard let id = item.answer.id, let unit = item.unitID else { return }
            for segment in try store.segments(answerID: id) where segment.coder == coder {
                collected.append((unit, segment.codeID))
            }
        }
        for (unit, codeID) in collected {
            guard let code = codes[codeID], code.valence != .descriptive else { continue }
            let criteria = Set(code.criteria + code.evaluationQuestions.compactMap { criterionOf[$0] })
            for question in code.evaluationQuestions {
                if code.valence == .positive {
                    byQuestion[unit, default: [:]][question, default: Balance()].positive += code.weight
                } else {
                    byQuestion[unit, default: [:]][question, default: Balance()].negative += code.weight
                }
            }
            for criterion in criteria {
                if code.valence == .positive {
                    balances[unit, default: [:]][criterion, default: Balance()].positive += code.weight
                } else {
                    balances[unit, default: [:]][criterion, default: Balance()].negative += code.weight
                }
            }
        }
    }

    func share(_ unit: String, _ criterion: String) -> Double { balances[unit]?[criterion]?.share ?? 0 }
}
