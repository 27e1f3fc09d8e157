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
    /// Names and places to mask in published exports, from `Analysis/redactions.xml`.
    public var redactions: RedactionList?

    public init(
        directory: String, framework: Framework?, instruments: [Instrument], consentScripts: [ConsentScript],
        contacts: ContactList? = nil, codebook: Codebook? = nil, codingRules: [CodingRules] = [],
        redactions: RedactionList? = nil
    ) {
        self.directory = directory
        self.framework = framework
        self.instruments = instruments
        self.consentScripts = consentScripts
        self.contacts = contacts
        self.codebook = codebook
        self.codingRules = codingRules
        self.redactions = redactions
    }

    public func instrument(_ id: String) -> Instrument? { instruments.first { $0.id == id } }

    public func consentScript(_ id: String) -> ConsentScript? { consentScripts.first { $0.id == id } }
}
