public import EvalKitInstruments

/// One piece of evidence: a code that counts on one answer after reconciliation, with where
/// the answer came from. The unit of counting everywhere in scoring.
public struct EvidenceItem: Sendable, Equatable {
    public var answerID: Int64
    public var sessionID: String
    public var codeID: String
    public var valence: Valence
    public var weight: Double
    public var coders: [String]
    /// The quoted span in code points; nil for the whole answer.
    public var range: Range<Int>?
    /// Who spoke: the respondent's code, or "group:SESSION" for an FGD group answer.
    public var source: String
    public var siteID: String
    public var scope: UnitScope
    /// The session's respondent group, and the top-level group it belongs to (for triangulation).
    public var group: String
    public var topGroup: String
    /// The respondent's profile values of the rubric's breakdown fields.
    public var profile: [String: String]
    public var isGroupAnswer: Bool { source.hasPrefix("group:") }
}
