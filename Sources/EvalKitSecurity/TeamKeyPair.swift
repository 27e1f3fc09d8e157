public import Crypto
import EvalKitCore
import Foundation

/// The analysis team's Curve25519 key pair: interviewers seal field bundles to the public key;
/// only the holder of the private key opens them.
///
/// Files are one line of text each: a header that says what the file is, then the raw key in
/// base64, so that a public key can be read out over the phone and a swapped file is caught.
public enum TeamKeyPair {
    static let privateHeader = "evalkit-team-private-key-v1"
    static let publicHeader = "evalkit-team-public-key-v1"

    /// A new private key.
    public static func generate() -> Curve25519.KeyAgreement.PrivateKey {
        Curve25519.KeyAgreement.PrivateKey()
    }

    /// A new key pair as the texts of its two files, and the public key's fingerprint.
    public static func newFiles() -> (privateKey: String, publicKey: String, fingerprint: String) {
        let key = generate()
        return (privateKeyText(key), publicKeyText(key.publicKey), fingerprint(key.publicKey))
    }

    /// The text of the private key file.
    public static func privateKeyText(_ key: Curve25519.KeyAgreement.PrivateKey) -> String {
        "\(privateHeader) \(key.rawRepresentation.base64EncodedString())\n"
    }

    /// The text of the public key file.
    public static func publicKeyText(_ key: Curve25519.KeyAgreement.PublicKey) -> String {
        "\(publicHeader) \(key.rawRepresentation.base64EncodedString())\n"
    }

    /// A short fingerprint of a public key (16 hex digits), to compare keys by eye.
    public static func fingerprint(_ key: Curve25519.KeyAgreement.PublicKey) -> String {
        SHA256.hash(data: key.rawRepresentation).prefix(8).map { String(format: "%02x", $0) }.joined()
    }

    /// The private key in the file at `path`.
    /// - Throws: `FileReadError`-like `SecurityError(.notAKey)` for any other content.
    public static func readPrivateKey(at path: String) throws -> Curve25519.KeyAgreement.PrivateKey {
        let raw = try keyBytes(at: path, header: privateHeader, kind: "a team private key")
        do {
            return try Curve25519.KeyAgreement.PrivateKey(rawRepresentation: raw)
        } catch {
            throw SecurityError(path, .notAKey(expected: "a team private key"))
        }
    }

    /// The public key in the file at `path`.
    public static func readPublicKey(at path: String) throws -> Curve25519.KeyAgreement.PublicKey {
        let raw = try keyBytes(at: path, header: publicHeader, kind: "a team public key")
        do {
            return try Curve25519.KeyAgreement.PublicKey(rawRepresentation: raw)
        } catch {
            throw SecurityError(path, .notAKey(expected: "a team public key"))
        }
    }

    private static func keyBytes(at path: String, header: String, kind: String) throws -> Data {
        // A key file is one short line; anything longer is not a key (and a pipe is not a file).
        guard let bytes = try? FileReader.read(path, limit: 4096) else {
            throw SecurityError(path, .missingFile)
        }
        let text = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        let parts = text.split(separator: " ")
        guard parts.count == 2, parts[0] == header, let raw = Data(base64Encoded: String(parts[1])), raw.count == 32
        else { throw SecurityError(path, .notAKey(expected: kind)) }
        return raw
    }
}
