public import EvalKitInstruments
public import EvalKitStore
public import EvalKitTerminal
public import Foundation

/// Everything `resume` needs to decide before it asks anything: that the session can go on
/// (in progress, with consent, its guide and consent script still in the project), what
/// changed in the guide since it started, and, once the interviewer agrees, a driver placed
/// at the first unanswered question.
public struct SessionResumption {
    public let record: SessionRecord
    public let instrument: Instrument
    /// How the guide changed since the session started; empty when it did not.
    public let changes: [String]
    private let project: Project
    private let consent: ConsentScript
    private let consentAt: Date
    private let current: InstrumentSnapshot

    /// - Throws: `SessionPlanError` (64 for a session that is not in progress, 65 for a guide
    ///   or consent script no longer in the project).
    public init(_ record: SessionRecord, project: Project) throws(SessionPlanError) {
        guard record.status == .inProgress, let consentAt = record.consentAt else {
            throw .usage(
                "session \(record.id) is \(record.status.rawValue); only a session in progress can be resumed.")
        }
        guard let instrument = project.instrument(record.instrumentID) else {
            throw .data("session \(record.id) used guide '\(record.instrumentID)', which is no longer in the project.")
        }
        guard let consent = project.consentScript(instrument.consentID) else {
            throw .data(
                "guide '\(instrument.id)' needs consent script '\(instrument.consentID)', which is not in Consent/.")
        }
        self.record = record
        self.project = project
        self.instrument = instrument
        self.consent = consent
        self.consentAt = consentAt
        current = InstrumentSnapshot(instrument)
        changes =
            InstrumentSnapshot.decode(record.instrumentSnapshot)?.changes(to: current) ?? [
                "the saved outline cannot be read"
            ]
    }

    /// Records that the session goes on with the guide as it is now.
    public func acceptChanges(in store: ProjectStore, at date: Date = Date()) throws {
        try store.updateInstrument(sessionID: record.id, version: instrument.version, snapshot: current.json())
        try store.addEvent(
            SessionEventRecord(sessionID: record.id, kind: .instrumentChangeAccepted, questionID: nil, at: date))
    }

    /// Records the resumption and returns the driver with the question to continue from.
    public func driver(
        store: ProjectStore, input: any LineSource, screen: Screen, language: String?, at date: Date = Date()
    ) throws -> (driver: InterviewDriver, first: Reaction) {
        try store.addEvent(SessionEventRecord(sessionID: record.id, kind: .resumed, questionID: nil, at: date))
        let (progress, contributionIDs) = try SessionProgress.load(record, instrument: instrument, from: store)
        let group = project.framework?.respondentGroup(record.respondentGroup)
        let site = project.framework?.site(record.siteID)
        let context = SessionContext(
            sessionID: record.id, instrumentID: record.instrumentID, instrumentVersion: instrument.version,
            instrumentSnapshot: current.json(), method: record.method, siteID: record.siteID,
            siteCode: site?.code ?? "", unitID: record.unitID, respondentGroup: record.respondentGroup,
            groupCode: group?.code ?? "", interviewerCode: record.interviewerCode,
            language: language ?? record.language, startedAt: record.startedAt)
        var engine = InterviewEngine(
            setup: SessionSetup(
                instrument: instrument, consent: consent, contacts: project.contacts, language: context.language))
        let first = engine.resume(from: progress, consentAt: consentAt)
        let driver = InterviewDriver(
            engine: engine, store: store, context: context, input: input, screen: screen,
            contributionIDs: contributionIDs)
        return (driver, first)
    }
}
