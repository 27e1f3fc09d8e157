/// Everything a project's XML files define, after loading and checking.
public struct Project: Sendable {
    public var directory: String
    public var framework: Framework?
    public var instruments: [Instrument]
    public var consentScripts: [ConsentScript]
    /// Referral contacts and the team's card, from a `<contacts>` file in Consent/.
    public var contacts: ContactList?
    /// The shared codebook, from the `<codebook>` file in Instruments/.
    public var codebook: Codebook?
    /// Auto-coding rules kept apart from the codebook, from `<codingRules>` files; they add to
    /// the codebook's own rules (see `Codebook.rules(adding:)`).
    public var codingRules: [CodingRules]
    /// How evidence becomes ratings, from the `<rubric>` file in Analysis/.
    public var rubric: Rubric?
    /// Analysts' ratings over the computed ones, from the `<judgements>` file in Analysis/.
    public var judgements: [Judgement]
    /// The file the judgements came from, when the project has one.
    public var judgementsFile: String?
    /// The analysts' numbered findings and conclusions, from the `<findings>` file in Analysis/.
    public var findings: [Finding]
    /// The file the findings came from, when the project has one.
    public var findingsFile: String?
    /// The report's written chapters, from the `<narrative>` file in Report/.
    public var narrative: Narrative?
    /// Names and places to mask in published exports, from `Analysis/redactions.xml`.
    public var redactions: RedactionList?

    public init(
        directory: String, framework: Framework?, instruments: [Instrument], consentScripts: [ConsentScript],
        contacts: ContactList? = nil, codebook: Codebook? = nil, codingRules: [CodingRules] = [],
        rubric: Rubric? = nil, judgements: [Judgement] = [], findings: [Finding] = [], narrative: Narrative? = nil,
        redactions: RedactionList? = nil
    ) {
        self.directory = directory
        self.framework = framework
        self.instruments = instruments
        self.consentScripts = consentScripts
        self.contacts = contacts
        self.codebook = codebook
        self.codingRules = codingRules
        self.rubric = rubric
        self.judgements = judgements
        self.findings = findings
        self.narrative = narrative
        self.redactions = redactions
    }

    public func instrument(_ id: String) -> Instrument? { instruments.first { $0.id == id } }

    public func consentScript(_ id: String) -> ConsentScript? { consentScripts.first { $0.id == id } }
}
