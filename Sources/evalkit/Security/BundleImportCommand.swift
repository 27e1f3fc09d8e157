import ArgumentParser
import EvalKitCore
import EvalKitInstruments
import EvalKitSecurity
import EvalKitStore
import Foundation

struct BundleImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Merge field bundles from one or more interviewers into this project.",
        discussion: """
            Every bundle is opened with the team's private key and checked before anything is stored; \
            a damaged, truncated or changed bundle, or one sealed to another key, is refused and \
            nothing at all is imported. Then all sessions are merged in one transaction: new sessions \
            are added; sessions already here and identical are left alone (importing twice changes \
            nothing); a session here in another version is left alone and reported, for you to decide. \
            Respondent codes that are already used here (two laptops at one site both number from \
            A-SURV-001) are renumbered after the highest number, and each renumbering is listed.

            Example: evalkit bundle import IV-03.evkb IV-05.evkb --key ~/evalkit-keys/team.key --actor AN-01
            """
    )

    @OptionGroup var projectOptions: ProjectOptions

    @Argument(help: ArgumentHelp("The bundle files.", valueName: "file"))
    var files: [String]

    @Option(help: ArgumentHelp("The team's private key file (NAME.key).", valueName: "file"))
    var key: String

    @Option(help: ArgumentHelp("Your analyst code, for the audit log.", valueName: "code"))
    var actor: String?

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one bundle file.") }
    }

    func run() throws {
        let privateKey = try TeamKeyPair.readPrivateKey(at: key)
        var sessions: [SessionExchange] = []
        for file in files {
            sessions += try FieldBundle.open(try FieldBundle.read(path: file), file: file, with: privateKey).sessions
        }
        let store = try openProjectStore(path: ProjectStore.path(inProject: try projectOptions.layout().directory))
        let names = files.map { ($0 as NSString).lastPathComponent }.joined(separator: " ")
        let report = try store.importSessions(
            sessions,
            audit: AuditEvent(at: Date(), actor: auditActor(actor), action: "bundle.import", target: names))
        print(
            "Imported \(report.added.count) new session\(report.added.count == 1 ? "" : "s"); "
                + "\(report.unchanged.count) already here and unchanged; "
                + "\(report.conflicting.count) in another version.")
        for renumbering in report.renumbered {
            print("Renumbered \(renumbering.from) to \(renumbering.to) (session \(renumbering.sessionID)).")
        }
        for id in report.conflicting {
            printError(
                "warning: session \(id) is already here in another version; it was left as it is. Compare both "
                    + "with 'evalkit interview show \(id)' on each side.")
        }
    }
}
