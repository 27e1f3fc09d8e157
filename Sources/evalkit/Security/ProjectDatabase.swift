import EvalKitCore
import EvalKitSecurity
import EvalKitStore
import Foundation
import Synchronization

/// How every command opens the project database: with the passphrase from `EVALKIT_PASSPHRASE`
/// or, at a terminal, asked for without echo (twice for a new project key).
///
/// A database without a key (new, or from before encryption) gets one the first time a command
/// opens it, and the texts already in it are encrypted then.
/// - Parameters:
///   - access: `.readOnly` for commands that only read: they change not one byte.
///   - verified: refuse a file whose structure SQLite's quick check finds damaged; only
///     `evalkit check` opens without it, to list every problem instead.
/// - Throws: `SecurityError` (wrong or missing passphrase, exit 77 or 64), `StoreError`.
func openProjectStore(
    path: String, access: ProjectStore.Access = .readWrite, verified: Bool = true
) throws -> ProjectStore {
    let store = try ProjectStore(
        path: path,
        keys: PassphraseKeys(
            passphrase: { try Passphrase.existing() }, newPassphrase: { try Passphrase.new() },
            kdf: Passphrase.kdfForNewKeys()),
        access: access)
    if verified { try store.requireSoundStructure() }
    return store
}

/// Where the passphrase comes from.
enum Passphrase {
    static let variable = "EVALKIT_PASSPHRASE"
    /// log2 of scrypt's N for a new key; lowers the protection, so only tests and CI set it.
    static let costVariable = "EVALKIT_KDF_COST_LOG2"

    /// What was typed at the terminal, so a command asks once however often it needs it.
    private static let typed = Mutex<String?>(nil)

    static func existing() throws -> String {
        if let value = ProcessInfo.processInfo.environment[variable] { return value }
        if let value = typed.withLock({ $0 }) { return value }
        guard let terminal = Terminal.controlling() else { throw SecurityError(variable, .noPassphrase) }
        let value = try terminal.readSecret(prompt: "Passphrase of the project: ")
        typed.withLock { $0 = value }
        return value
    }

    static func new() throws -> String {
        if let value = ProcessInfo.processInfo.environment[variable] {
            guard !value.isEmpty else { throw SecurityError(variable, .emptyPassphrase) }
            return value
        }
        return try newFromTerminal()
    }

    /// A new passphrase typed twice at the terminal.
    static func newFromTerminal() throws -> String {
        guard let terminal = Terminal.controlling() else { throw SecurityError(variable, .noPassphrase) }
        terminal.show(
            "The project's answers are encrypted. Choose a passphrase of several words; without it "
                + "the data cannot be read, by anyone.\n")
        let first = try terminal.readSecret(prompt: "New passphrase: ")
        guard !first.isEmpty else { throw SecurityError("passphrase", .emptyPassphrase) }
        let second = try terminal.readSecret(prompt: "The same passphrase again: ")
        guard first == second else { throw SecurityError("passphrase", .passphrasesDiffer) }
        return first
    }

    static func kdfForNewKeys() -> PassphraseKDF {
        guard let text = ProcessInfo.processInfo.environment[costVariable], let cost = Int(text),
            (10...22).contains(cost)
        else { return .standard }
        return PassphraseKDF(costLog2: cost, blockSize: 8, parallelism: 1)
    }
}
