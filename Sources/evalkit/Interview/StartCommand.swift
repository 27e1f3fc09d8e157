import ArgumentParser
import EvalKitCore
import EvalKitFieldwork
import EvalKitInstruments
import EvalKitStore
import EvalKitTerminal
import Foundation

struct StartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "start",
        abstract: "Start an interview or FGD with a guide at a site.",
        discussion: """
            The runner checks that the setting is private, reads the consent script and records the \
            interviewer's attestation before any answer is kept. A respondent younger than 18 also \
            needs a guardian's consent. The respondent gets a code such as A-SURV-007; no name is \
            ever asked for or stored.
            """
    )

    @OptionGroup var projectOptions: ProjectOptions

    @Option(help: ArgumentHelp("The guide's id (see 'evalkit instrument list').", valueName: "id"))
    var instrument: String

    @Option(help: ArgumentHelp("The site's id in the framework.", valueName: "site"))
    var site: String

    @Option(
        name: .customLong("respondent-group"),
        help: ArgumentHelp("The respondent group; needed when the guide is for several.", valueName: "group"))
    var respondentGroup: String?

    @Option(help: ArgumentHelp("Language of the guide and consent script: en or vi.", valueName: "lang"))
    var language: String = "en"

    @Option(help: ArgumentHelp("Your interviewer code, such as IV-03 (never a name).", valueName: "code"))
    var interviewer: String?

    @OptionGroup var inputOptions: InputOptions

    func run() throws {
        let layout = try projectOptions.layout()
        let project = try loadValidProject(layout)
        let plan = try SessionPlanner.plan(
            project: project, instrumentID: instrument, siteID: site, respondentGroup: respondentGroup,
            language: language, interviewerCode: interviewer, now: Date())
        let store = try openProjectStore(path: ProjectStore.path(inProject: layout.directory))
        let screen = Screen.standardOutput()
        for notice in plan.notices { screen.show(Message(.info, notice)) }
        var engine = InterviewEngine(setup: plan.setup)
        let first = engine.start()
        let driver = InterviewDriver(
            engine: engine, store: store, context: plan.context, input: try inputOptions.lineSource(), screen: screen)
        let sessionID = plan.context.sessionID
        try audit(store, "interview.start", target: sessionID, actor: interviewer)
        let outcome = try driver.run(from: first)
        try InterviewAudit.record(outcome, sessionID: sessionID, store: store, actor: auditActor(interviewer))
        reportOutcome(outcome, sessionID: sessionID, screen: screen)
    }
}

/// The last line of a run: what happened and what to do next.
func reportOutcome(_ outcome: Outcome, sessionID: String, screen: Screen) {
    switch outcome {
    case .notStarted: break
    case .consentDeclined: screen.plain("\nConsent declined: only the site, group and date are kept.")
    case .completed: screen.plain("\nSession \(sessionID) completed.")
    case .stoppedByRespondent: screen.plain("\nSession \(sessionID) stopped by the respondent; what was said is kept.")
    case .paused, .inputEnded:
        screen.plain("\nSession \(sessionID) is saved. Continue with: evalkit interview resume \(sessionID)")
    }
}
