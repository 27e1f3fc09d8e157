public import EvalKitStore

/// Agreement between coders on the project's coded answers, with one answer as the unit.
///
/// - Per code: a coder's value for an answer is "present" when they applied the code to it,
///   "absent" when they reviewed the answer without applying it, and missing when they never
///   reviewed the answer.
/// - Overall: a coder's value for an answer is the whole set of codes they applied to it, so
///   two coders agree on an answer only when they coded it exactly alike.
public struct ProjectAgreement: Sendable, Encodable, Equatable {
    public struct CodeAgreement: Sendable, Encodable, Equatable {
        public var code: String
        /// Answers to which at least one of the coders applied the code.
        public var answersCoded: Int
        public var agreement: AgreementResult
    }

    public var coders: [String]
    public var overall: AgreementResult
    /// In codebook order, then any code the store's codebook does not list; codes no coder
    /// applied are left out.
    public var codes: [CodeAgreement]

    /// Reads the coders' segments from `store` and computes every statistic.
    public static func compute(store: ProjectStore, coders: [String]) throws -> ProjectAgreement {
        var answers: [[Set<Int>?]] = []
        var codeNumbers: [String: Int] = [:]
        var codeNames: [String] = []
        try store.forEachReviewedAnswer(coders: coders) { reviewed in
            answers.append(
                coders.map { coder in
                    reviewed.codesByCoder[coder].map { codes in
                        Set(
                            codes.map { code in
                                if let number = codeNumbers[code] { return number }
                                codeNumbers[code] = codeNames.count
                                codeNames.append(code)
                                return codeNames.count - 1
                            })
                    }
                })
        }
        let units = answers.indices.map { "answer \($0)" }
        let order = try store.storedCodes().map(\.id)
        let ordered = order.filter { codeNumbers[$0] != nil } + codeNames.filter { !order.contains($0) }
        let codes = ordered.map { code in
            let number = codeNumbers[code]!
            var data = ReliabilityData(units: units, coders: coders, categories: ["absent", "present"])
            var coded = 0
            for (unit, perCoder) in answers.enumerated() {
                var anyPresent = false
                for (coder, applied) in perCoder.enumerated() {
                    guard let applied else { continue }
                    let present = applied.contains(number)
                    anyPresent = anyPresent || present
                    data.setCategory(present ? 1 : 0, unit: unit, coder: coder)
                }
                if anyPresent { coded += 1 }
            }
            return CodeAgreement(code: code, answersCoded: coded, agreement: data.agreement())
        }
        var whole = ReliabilityData(units: [], coders: coders, categories: [])
        for (unit, perCoder) in answers.enumerated() {
            for (coder, applied) in perCoder.enumerated() {
                let value = applied.map { set in set.map { codeNames[$0] }.sorted().joined(separator: " ") }
                try whole.add(unit: units[unit], coder: coders[coder], value: value)
            }
        }
        return ProjectAgreement(coders: coders, overall: whole.agreement(), codes: codes)
    }
}
