import Crypto
public import EvalKitStore
public import Foundation

/// The project key wrapped by a passphrase: `ProjectStore(path:keys:)` asks it for the codec
/// of an encrypted project, or for a new keyring when the project has none.
///
/// The passphrase is asked for only when needed, through the closures, so that a command on a
/// plain test database never prompts.
public struct PassphraseKeys: ProjectKeyProvider {
    /// The passphrase of an existing project.
    let passphrase: () throws -> String
    /// A new passphrase (asked twice at a terminal); nil keeps a plain database plain.
    let newPassphrase: (() throws -> String)?
    let kdf: PassphraseKDF
    let now: () -> Date

    /// - Parameters:
    ///   - passphrase: gives the passphrase of an encrypted project.
    ///   - newPassphrase: gives the passphrase of a new project key; nil opens a plain database
    ///     as it is.
    ///   - kdf: the cost of a new keyring (an existing one keeps its own).
    public init(
        passphrase: @escaping () throws -> String, newPassphrase: (() throws -> String)?,
        kdf: PassphraseKDF = .standard, now: @escaping () -> Date = Date.init
    ) {
        self.passphrase = passphrase
        self.newPassphrase = newPassphrase
        self.kdf = kdf
        self.now = now
    }

    public func codec(for keyring: Keyring) throws -> any TextCodec {
        SealedTextCodec(key: try Self.unwrap(keyring, passphrase: passphrase()))
    }

    public func newKeyring() throws -> (keyring: Keyring, codec: any TextCodec)? {
        guard let newPassphrase else { return nil }
        let key = SymmetricKey(size: .bits256)
        return (try wrap(key, passphrase: newPassphrase()), SealedTextCodec(key: key))
    }

    /// A keyring that wraps the project key of `keyring` (opened with `old`) under `new`.
    /// - Throws: `SecurityError` (`wrongPassphrase`, `emptyPassphrase`).
    public func rewrap(_ keyring: Keyring, old: String, new: String) throws -> Keyring {
        try wrap(try Self.unwrap(keyring, passphrase: old), passphrase: new)
    }

    private func wrap(_ key: SymmetricKey, passphrase: String) throws -> Keyring {
        guard !passphrase.isEmpty else { throw SecurityError("passphrase", .emptyPassphrase) }
        let salt = Data(SymmetricKey(size: .bits256).withUnsafeBytes { Array($0) })
        let wrapping = try kdf.deriveKey(passphrase: passphrase, salt: salt)
        let raw = key.withUnsafeBytes { Data($0) }
        let box = try ChaChaPoly.seal(raw, using: wrapping, authenticating: Self.wrapContext)
        return Keyring(
            kdf: PassphraseKDF.name, salt: salt, costLog2: kdf.costLog2, blockSize: kdf.blockSize,
            parallelism: kdf.parallelism, cipher: SealedTextCodec.cipherName, wrappedKey: box.combined,
            createdAt: now())
    }

    private static let wrapContext = Data("evalkit-project-key-v1".utf8)

    /// The project key in `keyring`.
    /// - Throws: `SecurityError` (`wrongPassphrase`, `unknownKeyring`).
    static func unwrap(_ keyring: Keyring, passphrase: String) throws -> SymmetricKey {
        guard keyring.kdf == PassphraseKDF.name else { throw SecurityError("keyring", .unknownKeyring(keyring.kdf)) }
        guard keyring.cipher == SealedTextCodec.cipherName else {
            throw SecurityError("keyring", .unknownKeyring(keyring.cipher))
        }
        // Refuse absurd costs from a damaged row before scrypt tries to allocate them.
        guard (10...22).contains(keyring.costLog2), (1...32).contains(keyring.blockSize),
            (1...16).contains(keyring.parallelism)
        else { throw SecurityError("keyring", .unknownKeyring("scrypt cost 2^\(keyring.costLog2)")) }
        let kdf = PassphraseKDF(
            costLog2: keyring.costLog2, blockSize: keyring.blockSize, parallelism: keyring.parallelism)
        let wrapping = try kdf.deriveKey(passphrase: passphrase, salt: keyring.salt)
        do {
            let box = try ChaChaPoly.SealedBox(combined: keyring.wrappedKey)
            return SymmetricKey(data: try ChaChaPoly.open(box, using: wrapping, authenticating: wrapContext))
        } catch {
            throw SecurityError("passphrase", .wrongPassphrase)
        }
    }
}
