public import Crypto
public import EvalKitStore
public import Foundation

/// Encrypts respondent text with ChaCha20-Poly1305 under the project key.
///
/// Stored bytes: a version byte (1), then nonce, ciphertext and tag. The store's context
/// (table, column, row identity) is authenticated with the text, so a sealed answer copied
/// into another row, another respondent or another column no longer opens.
public struct SealedTextCodec: TextCodec {
    /// The name stored in the keyring.
    public static let cipherName = "chacha20-poly1305"
    static let version: UInt8 = 1

    /// Thrown by `open` for bytes this codec did not seal with this key and context.
    public struct Unreadable: Error {}

    private let key: SymmetricKey
    private let nonces = NoncePool()

    /// A codec that seals with `key` (256 bits).
    public init(key: SymmetricKey) {
        self.key = key
    }

    public var encrypts: Bool { true }

    public func seal(_ text: String) throws -> Data {
        try seal(text, context: "")
    }

    public func open(_ data: Data) throws -> String {
        try open(data, context: "")
    }

    public func seal(_ text: String, context: String) throws -> Data {
        let box = try ChaChaPoly.seal(
            Data(text.utf8), using: key, nonce: nonces.next(), authenticating: Self.associatedData(context))
        return Data([Self.version]) + box.combined
    }

    public func open(_ data: Data, context: String) throws -> String {
        guard data.first == Self.version else { throw Unreadable() }
        do {
            let box = try ChaChaPoly.SealedBox(combined: data.dropFirst())
            let plain = try ChaChaPoly.open(box, using: key, authenticating: Self.associatedData(context))
            guard let text = String(data: plain, encoding: .utf8) else { throw Unreadable() }
            return text
        } catch {
            throw Unreadable()
        }
    }

    private static func associatedData(_ context: String) -> Data {
        Data("evalkit-text-v1\u{1F}\(context)".utf8)
    }
}
