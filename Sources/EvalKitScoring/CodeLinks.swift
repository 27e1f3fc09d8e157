public import EvalKitInstruments

/// What one code is evidence for: its valence and weight, and the criteria and evaluation
/// questions it links to. A code linked to a question is evidence for that question's
/// criterion too; links are not inherited from parent codes.
public struct CodeLinks: Sendable {
    public struct Entry: Sendable {
        public var valence: Valence
        public var weight: Double
        public var criteria: [String]
        public var questions: [String]
    }

    private var entries: [String: Entry] = [:]

    public init(codebook: Codebook, framework: Framework) {
        var criterionOfQuestion: [String: String] = [:]
        for criterion in framework.criteria {
            for question in criterion.evaluationQuestions { criterionOfQuestion[question.id] = criterion.id }
        }
        for entry in codebook.allCodes {
            let code = entry.code
            var criteria = code.criteria
            for question in code.evaluationQuestions {
                if let criterion = criterionOfQuestion[question], !criteria.contains(criterion) {
                    criteria.append(criterion)
                }
            }
            entries[code.id] = Entry(
                valence: code.valence, weight: code.weight, criteria: criteria, questions: code.evaluationQuestions)
        }
    }

    /// nil for a code the codebook does not (or no longer) define.
    public subscript(code: String) -> Entry? { entries[code] }
}
