/// An analyst's rating of one cell, set over the computed rating with a written reason.
/// Both are kept and reported: the judgement never replaces the evidence.
public struct Judgement: Sendable, Encodable, Equatable {
    /// What the judgement rates: a criterion or one evaluation question, for one unit.
    public enum Target: Sendable, Hashable, Encodable {
        case criterion(String)
        case evaluationQuestion(String)

        public var id: String {
            switch self {
            case .criterion(let id), .evaluationQuestion(let id): id
            }
        }
    }

    /// The rating id an analyst uses to say that no rating can honestly be given.
    public static let insufficientEvidence = "insufficient-evidence"

    public var unit: String
    public var target: Target
    /// An id of the rubric's scale, or `insufficientEvidence`.
    public var rating: String
    /// The analyst's code, never a name.
    public var analyst: String
    /// `YYYY-MM-DD`.
    public var date: String
    public var justification: LocalizedText

    public init(
        unit: String, target: Target, rating: String, analyst: String, date: String, justification: LocalizedText
    ) {
        self.unit = unit
        self.target = target
        self.rating = rating
        self.analyst = analyst
        self.date = date
        self.justification = justification
    }
}
