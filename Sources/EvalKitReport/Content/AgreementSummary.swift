public import EvalKitCoding

/// Agreement between the coders present, or why there is none.
public struct AgreementSummary: Sendable, Equatable {
    public struct CodeRow: Sendable, Equatable {
        public var code: String
        public var name: String
        public var answersCoded: Int
        public var agreement: AgreementResult
    }

    /// The coders compared; fewer than two means no statistic.
    public var coders: [String]
    public var overall: AgreementResult?
    public var codes: [CodeRow]
}
