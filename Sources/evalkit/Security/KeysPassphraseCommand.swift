import ArgumentParser
import EvalKitCore
import EvalKitSecurity
import EvalKitStore
import Foundation

struct KeysPassphraseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "passphrase",
        abstract: "Change the project's passphrase; the data stays encrypted under the same project key.",
        discussion: """
            Asks for the current passphrase (or reads EVALKIT_PASSPHRASE) and the new one twice (or \
            reads EVALKIT_NEW_PASSPHRASE). Only the wrapped key in the database changes. Change it \
            when someone who knew it leaves the team, or after a laptop was out of your hands.
            """
    )

    @OptionGroup var projectOptions: ProjectOptions

    @Option(help: ArgumentHelp("Your interviewer or analyst code, for the audit log.", valueName: "code"))
    var actor: String?

    func run() throws {
        let layout = try projectOptions.layout()
        let store = try openExistingStore(layout)
        guard let keyring = try store.keyring() else {
            throw CommandError.noProjectKey(database: store.path)
        }
        let current = try Passphrase.existing()
        let new: String
        if let value = ProcessInfo.processInfo.environment["EVALKIT_NEW_PASSPHRASE"] {
            guard !value.isEmpty else { throw SecurityError("EVALKIT_NEW_PASSPHRASE", .emptyPassphrase) }
            new = value
        } else {
            new = try Passphrase.newFromTerminal()
        }
        let keys = PassphraseKeys(passphrase: { current }, newPassphrase: nil, kdf: Passphrase.kdfForNewKeys())
        try store.replaceKeyring(try keys.rewrap(keyring, old: current, new: new))
        try audit(store, "keys.passphrase", target: nil, actor: actor)
        print("The project's passphrase was changed.")
    }
}
