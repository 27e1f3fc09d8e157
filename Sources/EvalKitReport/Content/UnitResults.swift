/// Chapter 6 for one unit of evaluation (or the national level, or all evidence): its
/// numbered findings and its ratings by criterion.
public struct UnitResults: Sendable, Equatable {
    /// A unit id, "unattributed" or "all".
    public var scope: String
    public var name: String
    public var description: String?
    public var findings: [ReportFinding]
    public var ratings: [RatingCell]
    /// Per evaluation question, in framework order.
    public var answers: [RatingCell]
}
