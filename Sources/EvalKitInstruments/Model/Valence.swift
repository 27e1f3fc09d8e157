/// What a coded segment says for the judgement on a criterion: scoring weighs `positive`
/// against `negative` evidence and shows `descriptive` evidence as context only.
public enum Valence: String, Sendable, Hashable, Codable, CaseIterable {
    /// Evidence for a favourable judgement: "the counselling helped".
    case positive
    /// Evidence for an unfavourable judgement: "nobody came back to see how I was".
    case negative
    /// Describes without judging: how someone was recruited, which services exist.
    case descriptive

    /// +1, −1 or 0: the direction in which a segment with this valence moves a score.
    public var sign: Int {
        switch self {
        case .positive: 1
        case .negative: -1
        case .descriptive: 0
        }
    }
}
