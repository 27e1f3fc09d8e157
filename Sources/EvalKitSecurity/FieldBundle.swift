public import Crypto
public import EvalKitCore
public import EvalKitStore
public import Foundation

/// A field bundle: an interviewer's sessions, sealed with HPKE (X25519, HKDF-SHA256,
/// ChaCha20-Poly1305) to the analysis team's public key, so that a lost USB stick reveals
/// nothing and only the team's private key opens it.
///
/// Layout: `EVKBNDL1` (8 bytes), the first 8 bytes of SHA-256 of the recipient's public key,
/// the 32-byte encapsulated key, then the sealed JSON payload. The first 16 bytes are
/// authenticated with the payload; any changed, missing or added byte makes the bundle refused.
public enum FieldBundle {
    static let magic = Data("EVKBNDL1".utf8)
    /// The largest bundle read (a bundle is opened whole): far beyond a year of one team's fieldwork.
    public static let sizeLimit = 1 << 30

    /// The bytes of the bundle file at `path`: a regular file no larger than `sizeLimit`.
    /// - Throws: `FileReadError` (66 missing or not a regular file, 65 too large).
    public static func read(path: String) throws(FileReadError) -> Data {
        Data(try FileReader.read(path, limit: sizeLimit))
    }
    static let info = Data("evalkit-field-bundle-v1".utf8)
    static let ciphersuite = HPKE.Ciphersuite.Curve25519_SHA256_ChachaPoly
    static let headerSize = 16
    static let encapsulatedKeySize = 32
    /// Poly1305's tag.
    static let tagSize = 16

    /// What a bundle carries.
    public struct Payload: Sendable, Equatable, Codable {
        public var formatVersion: Int
        public var exportedAt: Date
        public var sessions: [SessionExchange]

        public init(exportedAt: Date, sessions: [SessionExchange]) {
            self.formatVersion = 1
            self.exportedAt = exportedAt
            self.sessions = sessions
        }
    }

    /// The bytes of a bundle of `payload` for `recipient`.
    public static func seal(_ payload: Payload, to recipient: Curve25519.KeyAgreement.PublicKey) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let plain = try encoder.encode(payload)
        let header = magic + fingerprint(recipient)
        var sender = try HPKE.Sender(recipientKey: recipient, ciphersuite: ciphersuite, info: info)
        let sealed = try sender.seal(plain, authenticating: header)
        return header + sender.encapsulatedKey + sealed
    }

    /// The payload of the bundle `data`, read from `file` (named in errors).
    /// - Throws: `SecurityError`: `bundleNotForThisKey` (77) for a bundle sealed to another key;
    ///   `bundleDamaged` (65) for a truncated or changed one; `bundleUnreadable` (65) for a file
    ///   that is not a bundle or holds what this EvalKit does not write.
    public static func open(
        _ data: Data, file: String, with key: Curve25519.KeyAgreement.PrivateKey
    ) throws -> Payload {
        let bytes = Data(data)
        guard bytes.count >= magic.count, bytes.prefix(magic.count) == magic else {
            throw SecurityError(file, .bundleUnreadable("not an EvalKit field bundle"))
        }
        guard bytes.count > headerSize + encapsulatedKeySize + tagSize else {
            throw SecurityError(file, .bundleDamaged)
        }
        let header = bytes.prefix(headerSize)
        guard header.suffix(8) == fingerprint(key.publicKey) else {
            throw SecurityError(file, .bundleNotForThisKey)
        }
        let encapsulated = bytes.subdata(in: headerSize..<headerSize + encapsulatedKeySize)
        let sealed = bytes.subdata(in: headerSize + encapsulatedKeySize..<bytes.count)
        let plain: Data
        do {
            var recipient = try HPKE.Recipient(
                privateKey: key, ciphersuite: ciphersuite, info: info, encapsulatedKey: encapsulated)
            plain = try recipient.open(sealed, authenticating: header)
        } catch {
            throw SecurityError(file, .bundleDamaged)
        }
        do {
            let payload = try JSONDecoder().decode(Payload.self, from: plain)
            guard payload.formatVersion == 1 else {
                throw SecurityError(file, .bundleUnreadable("format version \(payload.formatVersion) is newer"))
            }
            return payload
        } catch let error as SecurityError {
            throw error
        } catch {
            throw SecurityError(file, .bundleUnreadable("its contents are not what EvalKit writes"))
        }
    }

    static func fingerprint(_ key: Curve25519.KeyAgreement.PublicKey) -> Data {
        Data(SHA256.hash(data: key.rawRepresentation).prefix(8))
    }
}
