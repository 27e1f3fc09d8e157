/// Everything a project's XML files define, after loading and checking.
public struct Project: Sendable {
    public var directory: String
    public var framework: Framework?
    public var instruments: [Instrument]
    public var consentScripts: [ConsentScript]
    /// Referral contacts and the team's card, from a `<contacts>` file in Consent/.
    public var contacts: ContactList?

    public init(
        directory: String, framework: Framework?, instruments: [Instrument], consentScripts: [ConsentScript],
        contacts: ContactList? = nil
    ) {
        self.directory = directory
        self.framework = framework
        self.instruments = instruments
        self.consentScripts = consentScripts
        self.contacts = contacts
    }

    public func instrument(_ id: String) -> Instrument? { instruments.first { $0.id == id } }

    public func consentScript(_ id: String) -> ConsentScript? { consentScripts.first { $0.id == id } }
}
