/// One code of the codebook: what it means, when to apply it, what it is evidence for, and
/// the rules that suggest it automatically. Child codes refine it.
public struct Code: Sendable, Encodable {
    /// Unique across the whole codebook, nested codes included.
    public var id: String
    public var name: LocalizedText
    /// When to apply the code.
    public var use: LocalizedText
    /// When not to apply it, and which code to use instead.
    public var doNotUse: LocalizedText?
    /// An invented example of text that gets this code.
    public var example: LocalizedText?
    /// `#RRGGBB`, for highlighting coded text.
    public var colour: String
    public var valence: Valence
    /// How much one segment counts in scoring; 1 unless the codebook says otherwise.
    public var weight: Double
    /// Ids of framework criteria the code is evidence for as a whole.
    public var criteria: [String]
    /// Ids of the framework's evaluation questions the code is evidence for.
    public var evaluationQuestions: [String]
    /// Auto-coding phrases, as written (with accents); see `CodingRules.fold(_:)` for matching.
    public var phrases: [String]
    /// Auto-coding regular expressions, written for folded lower-case text.
    public var patterns: [String]
    public var children: [Code]

    public init(
        id: String, name: LocalizedText, use: LocalizedText, doNotUse: LocalizedText? = nil,
        example: LocalizedText? = nil, colour: String, valence: Valence, weight: Double = 1, criteria: [String] = [],
        evaluationQuestions: [String] = [], phrases: [String] = [], patterns: [String] = [], children: [Code] = []
    ) {
        self.id = id
        self.name = name
        self.use = use
        self.doNotUse = doNotUse
        self.example = example
        self.colour = colour
        self.valence = valence
        self.weight = weight
        self.criteria = criteria
        self.evaluationQuestions = evaluationQuestions
        self.phrases = phrases
        self.patterns = patterns
        self.children = children
    }

    /// True when the code has at least one phrase or pattern.
    public var hasRules: Bool { !phrases.isEmpty || !patterns.isEmpty }

    /// The code's own texts (not its children's), for translation coverage.
    public var texts: [LocalizedText] {
        [name, use] + [doNotUse, example].compactMap { $0 }
    }
}
