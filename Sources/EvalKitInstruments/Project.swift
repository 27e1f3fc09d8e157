/// Everything a project's XML files define, after loading and checking.
public struct Project: Sendable {
    public var directory: String
    public var framework: Framework?
    public var instruments: [Instrument]
    public var consentScripts: [ConsentScript]

    public init(directory: String, framework: Framework?, instruments: [Instrument], consentScripts: [ConsentScript]) {
        self.directory = directory
        self.framework = framework
        self.instruments = instruments
        self.consentScripts = consentScripts
    }

    public func instrument(_ id: String) -> Instrument? { instruments.first { $0.id == id } }

    public func consentScript(_ id: String) -> ConsentScript? { consentScripts.first { $0.id == id } }
}
