/// One cell of the rating matrix as the report shows it: the rating the evidence gives, its
/// confidence, and the analysts' judgement beside it where there is one. Never a count.
public struct RatingCell: Sendable, Equatable {
    /// The criterion id, or the evaluation question id for an answer.
    public var target: String
    public var criterion: String
    public var criterionName: String
    /// A rating id of the rubric's scale, or `insufficient-evidence`.
    public var computed: String
    public var computedName: String
    /// 0 for the best rating of the scale; nil for insufficient evidence.
    public var computedRank: Int?
    /// Why the evidence is insufficient, when it is.
    public var reasons: [String]
    /// "low", "medium" or "high"; nil for insufficient evidence.
    public var confidence: String?
    public var judged: String?
    public var judgedName: String?
    public var judgedRank: Int?
    public var justification: String?
}
