public import EvalKitInstruments
public import EvalKitStore
public import Foundation

/// What the engine needs to run one session: the guide, its consent script, the contacts,
/// the language, and a clock (injected so tests control time).
public struct SessionSetup: Sendable {
    public var instrument: Instrument
    public var consent: ConsentScript
    public var contacts: ContactList?
    public var language: String
    public var clock: @Sendable () -> Date

    public init(
        instrument: Instrument, consent: ConsentScript, contacts: ContactList?, language: String,
        clock: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.instrument = instrument
        self.consent = consent
        self.contacts = contacts
        self.language = language
        self.clock = clock
    }
}

/// What a resumed session already holds, read back from the store.
public struct SessionProgress: Sendable {
    public var guardianConsented: Bool
    /// In roster order (FGD seats 1…n; one record for an interview).
    public var respondents: [RespondentRecord]
    /// Respondent code → field id → value.
    public var profile: [String: [String: String]]
    /// In the order they were saved.
    public var answers: [AnswerRecord]

    public init(
        guardianConsented: Bool, respondents: [RespondentRecord], profile: [String: [String: String]],
        answers: [AnswerRecord]
    ) {
        self.guardianConsented = guardianConsented
        self.respondents = respondents
        self.profile = profile
        self.answers = answers
    }
}
