// Everything that turns respondent text into stored bytes and back is in this file: the
// codec protocol, the plain codec, and the only code that calls a codec. Auditing that every
// protected column goes through a codec, with its context, means reading this file only. The
// encrypting codec is `SealedTextCodec` in EvalKitSecurity.

public import Foundation

/// Turns respondent text into the bytes the store keeps, and back.
///
/// Answer values, note texts, profile values and segment memos pass through a codec on their
/// way into and out of the database. `PlainTextCodec` keeps UTF-8 as is (tests, and databases
/// from before encryption); `SealedTextCodec` (EvalKitSecurity) makes the data on a lost laptop
/// unreadable without changing anything else in the store.
///
/// A codec's errors are never shown to a person as they are: the store reports only
/// that a text could not be sealed or opened, so an error cannot leak the text.
public protocol TextCodec: Sendable {
    /// The bytes to store for `text`.
    func seal(_ text: String) throws -> Data
    /// The text that `seal` turned into `data`.
    /// - Throws: when `data` was not sealed by this codec (or with this key), or is damaged.
    func open(_ data: Data) throws -> String
    /// The bytes to store for `text` in the place `context` names (table, column and the row's
    /// identity). An authenticating codec binds the bytes to `context`, so that they cannot be
    /// moved to another row; the default ignores it.
    func seal(_ text: String, context: String) throws -> Data
    /// The text that `seal(_:context:)` turned into `data` for the same `context`.
    func open(_ data: Data, context: String) throws -> String
    /// Whether this codec encrypts: a project whose database holds a key refuses a codec that
    /// does not, so that plain text is never mixed into an encrypted project. Default: false.
    var encrypts: Bool { get }
}

extension TextCodec {
    public func seal(_ text: String, context: String) throws -> Data { try seal(text) }
    public func open(_ data: Data, context: String) throws -> String { try open(data) }
    public var encrypts: Bool { false }
}

/// Stores text as plain UTF-8: no protection, for tests and unencrypted projects.
public struct PlainTextCodec: TextCodec {
    /// Thrown by `open` for bytes that are not valid UTF-8.
    public struct InvalidUTF8: Error {}

    /// Creates the codec.
    public init() {}

    /// The UTF-8 bytes of `text`.
    public func seal(_ text: String) throws -> Data { Data(text.utf8) }

    /// The text whose UTF-8 bytes are `data`.
    /// - Throws: `InvalidUTF8` when `data` is not valid UTF-8.
    public func open(_ data: Data) throws -> String {
        guard let text = String(data: data, encoding: .utf8) else { throw InvalidUTF8() }
        return text
    }
}

/// The one place where respondent text is sealed for storage and opened again.
///
/// Protected columns: `answer.value`, `note.text`, `profileValue.value`, `segment.memo` (all BLOBs).
/// Nothing else in the store calls a `TextCodec`, so swapping in encryption (or auditing
/// that every protected column goes through it) means reading this file only.
struct ProtectedText: Sendable {
    let codec: any TextCodec

    /// Where a protected text lives: its table, column and the identity of its row. Ids
    /// assigned by SQLite on insert are not part of it (they are unknown when the text is
    /// sealed); the owning session, respondent and question are.
    struct Context: Sendable, Equatable {
        let text: String

        private init(_ parts: [String?]) {
            // U+001F (unit separator) never occurs in ids or codes.
            text = parts.map { $0 ?? "" }.joined(separator: "\u{1F}")
        }

        static func answer(sessionID: String, questionID: String, respondentCode: String?) -> Self {
            Self(["answer.value", sessionID, questionID, respondentCode])
        }

        static func note(sessionID: String, questionID: String?) -> Self {
            Self(["note.text", sessionID, questionID])
        }

        static func profileValue(respondentCode: String, fieldID: String) -> Self {
            Self(["profileValue.value", respondentCode, fieldID])
        }

        static func segmentMemo(answerID: Int64, coder: String) -> Self {
            Self(["segment.memo", String(answerID), coder])
        }
    }

    /// The bytes to store for `text`.
    /// - Throws: `Refusal(.protectedTextNotSealed)`; the codec's own error is dropped, as it
    ///   might quote the text.
    func seal(_ text: String, _ context: Context) throws -> Data {
        do {
            return try codec.seal(text, context: context.text)
        } catch {
            throw Refusal(.protectedTextNotSealed)
        }
    }

    /// `seal(_:)` for an optional text: nil stays nil (stored as NULL).
    func sealIfPresent(_ text: String?, _ context: Context) throws -> Data? {
        guard let text else { return nil }
        return try seal(text, context)
    }

    /// The text that was sealed into `data`.
    /// - Throws: `Refusal(.protectedTextUnreadable)` (wrong key, damaged bytes).
    func open(_ data: Data, _ context: Context) throws -> String {
        do {
            return try codec.open(data, context: context.text)
        } catch {
            throw Refusal(.protectedTextUnreadable)
        }
    }

    /// `open(_:)` for an optional BLOB: NULL stays nil.
    func openIfPresent(_ data: Data?, _ context: Context) throws -> String? {
        guard let data else { return nil }
        return try open(data, context)
    }
}
