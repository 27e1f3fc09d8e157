public import EvalKitCore

/// A use, inside one file, of an id defined in another file (the framework, a consent script
/// or the codebook). Kept with its position so the cross-file check can point at it.
public struct Reference: Sendable {
    public enum Kind: String, Sendable {
        case evaluationQuestion = "evaluation question"
        case respondentGroup = "respondent group"
        case unit = "unit of evaluation"
        case consentScript = "consent script"
        case criterion
        case code
    }

    public var kind: Kind
    public var id: String
    public var location: SourceLocation
    /// What uses the id, for the message: "question 'work.current'".
    public var owner: String
}
