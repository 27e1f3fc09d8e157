import Crypto
import Foundation
import _CryptoExtras

/// scrypt, the slow, memory-hard function that turns a passphrase into the key that wraps the
/// project key: guessing passphrases on a stolen database costs each guess that much work.
public struct PassphraseKDF: Sendable, Equatable {
    /// The name stored in the keyring.
    public static let name = "scrypt"

    /// log2 of scrypt's N.
    public var costLog2: Int
    /// scrypt's r.
    public var blockSize: Int
    /// scrypt's p.
    public var parallelism: Int

    /// N = 2^17, r = 8, p = 1: 128 MiB and about a third of a second on a laptop (a release
    /// build), paid once each time a command opens the project.
    public static let standard = PassphraseKDF(costLog2: 17, blockSize: 8, parallelism: 1)

    public init(costLog2: Int, blockSize: Int, parallelism: Int) {
        self.costLog2 = costLog2
        self.blockSize = blockSize
        self.parallelism = parallelism
    }

    /// A 256-bit key from `passphrase` and `salt`.
    func deriveKey(passphrase: String, salt: Data) throws -> SymmetricKey {
        try KDF.Scrypt.deriveKey(
            from: Data(passphrase.utf8), salt: salt, outputByteCount: 32, rounds: 1 << costLog2,
            blockSize: blockSize, parallelism: parallelism,
            maxMemory: 128 * blockSize * (1 << costLog2) * 2)
    }
}
