public import Foundation

/// The project key as the database keeps it: wrapped (encrypted) under a key derived from
/// the passphrase, with what is needed to derive that key again. Nothing here reveals the
/// passphrase or the project key.
public struct Keyring: Sendable, Equatable {
    /// The key derivation function, e.g. `scrypt`.
    public var kdf: String
    /// Random bytes mixed into the derivation, so that equal passphrases give different keys.
    public var salt: Data
    /// The derivation's cost as log2 of scrypt's N.
    public var costLog2: Int
    /// scrypt's r.
    public var blockSize: Int
    /// scrypt's p.
    public var parallelism: Int
    /// The cipher of the wrapped key and of every protected text, e.g. `chacha20-poly1305`.
    public var cipher: String
    /// The project key, sealed under the derived key.
    public var wrappedKey: Data
    public var createdAt: Date

    public init(
        kdf: String, salt: Data, costLog2: Int, blockSize: Int, parallelism: Int, cipher: String, wrappedKey: Data,
        createdAt: Date
    ) {
        self.kdf = kdf
        self.salt = salt
        self.costLog2 = costLog2
        self.blockSize = blockSize
        self.parallelism = parallelism
        self.cipher = cipher
        self.wrappedKey = wrappedKey
        self.createdAt = createdAt
    }
}

/// Supplies the codec of an encrypted project: `ProjectStore(path:keys:)` asks it once, when
/// the database is opened.
public protocol ProjectKeyProvider {
    /// The codec that opens the texts of a project with `keyring`.
    /// - Throws: when the key cannot be unwrapped (a wrong passphrase); the store is not opened.
    func codec(for keyring: Keyring) throws -> any TextCodec
    /// A new keyring and its codec, for a database that has none yet; nil keeps it plain.
    func newKeyring() throws -> (keyring: Keyring, codec: any TextCodec)?
}
