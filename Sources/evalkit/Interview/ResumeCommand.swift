import ArgumentParser
import EvalKitCore
import EvalKitFieldwork
import EvalKitInstruments
import EvalKitStore
import EvalKitTerminal
import Foundation

struct ResumeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resume",
        abstract: "Continue a paused or interrupted session at its first unanswered question.",
        discussion: """
            If the guide changed since the session started, the runner lists what changed and continues \
            only when you confirm (type yes, or pass --accept-changes), so that no answer is attached \
            to the wrong question.
            """
    )

    @OptionGroup var projectOptions: ProjectOptions

    @Argument(help: ArgumentHelp("The session id, or its first characters.", valueName: "session"))
    var session: String

    @Option(help: ArgumentHelp("Language of the texts (default: the session's).", valueName: "lang"))
    var language: String?

    @Flag(name: .customLong("accept-changes"), help: "Continue even if the guide changed since the session started.")
    var acceptChanges = false

    @OptionGroup var inputOptions: InputOptions

    func run() throws {
        let layout = try projectOptions.layout()
        let project = try loadValidProject(layout)
        let store = try openExistingStore(layout)
        let record = try findSession(session, in: store)
        guard record.status == .inProgress, let consentAt = record.consentAt else {
            throw SessionPlanError.usage(
                "session \(record.id) is \(record.status.rawValue); only a session in progress can be resumed.")
        }
        guard let instrument = project.instrument(record.instrumentID) else {
            throw SessionPlanError.data(
                "session \(record.id) used guide '\(record.instrumentID)', which is no longer in the project.")
        }
        guard let consent = project.consentScript(instrument.consentID) else {
            throw SessionPlanError.data(
                "guide '\(instrument.id)' needs consent script '\(instrument.consentID)', which is not in Consent/.")
        }
        let screen = Screen.standardOutput()
        var input = try inputOptions.lineSource()
        let current = InstrumentSnapshot(instrument)
        let changes =
            InstrumentSnapshot.decode(record.instrumentSnapshot)?.changes(to: current) ?? [
                "the saved outline cannot be read"
            ]
        if !changes.isEmpty {
            screen.show(Message(.heading, "The guide changed since this session started"))
            screen.show(Message(.info, changes.map { "- " + $0 }.joined(separator: "\n")))
            if !acceptChanges {
                screen.show(Message(.info, "Answers are kept by question id. Continue with the changed guide?"))
                screen.showPrompt(Prompt(cue: "type yes to continue"))
                let reply = input.nextLine(echoingOn: screen)
                guard reply?.trimmingCharacters(in: .whitespaces).lowercased() == "yes" else {
                    screen.plain("Not resumed; the session is unchanged.")
                    return
                }
            }
            try store.updateInstrument(sessionID: record.id, version: instrument.version, snapshot: current.json())
            try store.addEvent(
                SessionEventRecord(sessionID: record.id, kind: .instrumentChangeAccepted, questionID: nil, at: Date()))
        }
        try store.addEvent(SessionEventRecord(sessionID: record.id, kind: .resumed, questionID: nil, at: Date()))
        let (progress, contributionIDs) = try SessionProgress.load(record, instrument: instrument, from: store)
        let group = project.framework?.respondentGroup(record.respondentGroup)
        let site = project.framework?.site(record.siteID)
        let context = SessionContext(
            sessionID: record.id, instrumentID: record.instrumentID, instrumentVersion: instrument.version,
            instrumentSnapshot: current.json(), method: record.method, siteID: record.siteID,
            siteCode: site?.code ?? "",
            unitID: record.unitID, respondentGroup: record.respondentGroup, groupCode: group?.code ?? "",
            interviewerCode: record.interviewerCode, language: language ?? record.language, startedAt: record.startedAt)
        var engine = InterviewEngine(
            setup: SessionSetup(
                instrument: instrument, consent: consent, contacts: project.contacts, language: context.language))
        let first = engine.resume(from: progress, consentAt: consentAt)
        let driver = InterviewDriver(
            engine: engine, store: store, context: context, input: input, screen: screen,
            contributionIDs: contributionIDs)
        try audit(store, "interview.resume", target: record.id, actor: record.interviewerCode)
        let outcome = try driver.run(from: first)
        try InterviewAudit.record(
            outcome, sessionID: record.id, store: store, actor: auditActor(record.interviewerCode))
        reportOutcome(outcome, sessionID: record.id, screen: screen)
    }
}
