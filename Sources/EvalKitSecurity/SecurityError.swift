public import EvalKitCore

/// A refused key, passphrase or bundle, as one sentence that names the file or variable and,
/// where there is one, the fix. It never quotes a passphrase, a key or respondent data.
public struct SecurityError: EvalKitError, Equatable {
    public enum Reason: Sendable, Equatable {
        /// The passphrase does not open the project key.
        case wrongPassphrase
        /// An empty passphrase was given for a new project key.
        case emptyPassphrase
        /// The two entries of a new passphrase differ.
        case passphrasesDiffer
        /// The database is encrypted and no passphrase can be asked (no terminal, no variable).
        case noPassphrase
        /// The keyring names a key derivation or cipher this EvalKit does not know.
        case unknownKeyring(String)
        /// A key file is not a key of the expected kind.
        case notAKey(expected: String)
        /// A file to read does not exist or cannot be read.
        case missingFile
        /// A file that should be written exists already.
        case wouldOverwrite
        /// A bundle is damaged, truncated or changed since it was sealed.
        case bundleDamaged
        /// A bundle was sealed to another team's key.
        case bundleNotForThisKey
        /// A bundle's contents are not what this EvalKit writes.
        case bundleUnreadable(String)
    }

    /// The file (or variable) the error is about.
    public var subject: String
    public var reason: Reason

    public init(_ subject: String, _ reason: Reason) {
        self.subject = subject
        self.reason = reason
    }

    /// 77 for a wrong passphrase or a bundle for another key, 64 for passphrases that cannot
    /// be used, 73 for a file that would be overwritten, 65 for damaged data.
    public var exitStatus: ExitStatus {
        switch reason {
        case .wrongPassphrase, .bundleNotForThisKey: .noPermission
        case .emptyPassphrase, .passphrasesDiffer, .noPassphrase: .usage
        case .wouldOverwrite: .cannotCreate
        case .missingFile: .noInput
        case .unknownKeyring, .notAKey, .bundleDamaged, .bundleUnreadable: .dataError
        }
    }

    public var location: String? { subject }

    public var sentence: String {
        switch reason {
        case .wrongPassphrase:
            "the passphrase does not open this project's key; nothing was changed"
        case .emptyPassphrase:
            "the passphrase is empty; choose a long one (several words)"
        case .passphrasesDiffer:
            "the two passphrases differ; nothing was changed"
        case .noPassphrase:
            "the project database is encrypted; set EVALKIT_PASSPHRASE or run the command in a terminal"
        case .unknownKeyring(let name):
            "the project key is protected with '\(name)', which this EvalKit does not know; update EvalKit"
        case .notAKey(let expected):
            "not \(expected) written by 'evalkit keys generate'"
        case .missingFile:
            "the file does not exist or cannot be read"
        case .wouldOverwrite:
            "the file exists already; it is not overwritten (choose another name or remove it)"
        case .bundleDamaged:
            "the bundle is damaged, truncated or was changed after it was sealed; nothing was imported"
        case .bundleNotForThisKey:
            "the bundle was sealed for another team's key; nothing was imported"
        case .bundleUnreadable(let detail):
            "the bundle cannot be read (\(detail)); nothing was imported"
        }
    }
}
