import ArgumentParser
import EvalKitCore
import EvalKitSecurity
import EvalKitStore
import Foundation

struct BundleExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write this laptop's sessions into one file that only the analysis team can open.",
        discussion: """
            The bundle holds every session (or one interviewer's, with --interviewer): respondents and \
            profile values, answers, notes and events; not coding. It is sealed with HPKE (X25519, \
            ChaCha20-Poly1305) to the team's public key from 'evalkit keys generate': a lost USB stick \
            reveals nothing, and any change to the file makes it refused on import. Export as often \
            as you like; importing the same sessions again changes nothing.

            Example: evalkit bundle export --to team.pub --out /media/usb/IV-03-2011-05-04.evkb
            """
    )

    @OptionGroup var projectOptions: ProjectOptions

    @Option(help: ArgumentHelp("The team's public key file (NAME.pub).", valueName: "file"))
    var to: String

    @Option(help: ArgumentHelp("The bundle file to write.", valueName: "file"))
    var out: String

    @Option(help: ArgumentHelp("Only this interviewer's sessions; also recorded as the actor.", valueName: "code"))
    var interviewer: String?

    func run() throws {
        let recipient = try TeamKeyPair.readPublicKey(at: to)
        let store = try openExistingStore(try projectOptions.layout())
        let sessions = try store.exportSessions(interviewer: interviewer)
        let data = try FieldBundle.seal(FieldBundle.Payload(exportedAt: Date(), sessions: sessions), to: recipient)
        try AtomicFile.write(data, to: out, permissions: 0o600)
        try audit(
            store, "bundle.export", target: "\((out as NSString).lastPathComponent) (\(sessions.count) sessions)",
            actor: interviewer)
        print(
            "Sealed \(sessions.count) session\(sessions.count == 1 ? "" : "s") to the key "
                + "\(TeamKeyPair.fingerprint(recipient)) in \(out).")
    }
}
