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
        let resumption = try SessionResumption(try findSession(session, in: store), project: project)
        let record = resumption.record
        let screen = Screen.standardOutput()
        var input = try inputOptions.lineSource()
        if !resumption.changes.isEmpty {
            screen.show(Message(.heading, "The guide changed since this session started"))
            screen.show(Message(.info, resumption.changes.map { "- " + $0 }.joined(separator: "\n")))
            if !acceptChanges {
                screen.show(Message(.info, "Answers are kept by question id. Continue with the changed guide?"))
                screen.showPrompt(Prompt(cue: "type yes to continue"))
                let reply = input.nextLine(echoingOn: screen)
                guard reply?.trimmingCharacters(in: .whitespaces).lowercased() == "yes" else {
                    screen.plain("Not resumed; the session is unchanged.")
                    return
                }
            }
            try resumption.acceptChanges(in: store)
        }
        let (driver, first) = try resumption.driver(store: store, input: input, screen: screen, language: language)
        try audit(store, "interview.resume", target: record.id, actor: record.interviewerCode)
        let outcome = try driver.run(from: first)
        try InterviewAudit.record(
            outcome, sessionID: record.id, store: store, actor: auditActor(record.interviewerCode))
        reportOutcome(outcome, sessionID: record.id, screen: screen)
    }
}
