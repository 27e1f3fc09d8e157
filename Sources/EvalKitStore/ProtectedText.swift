import Foundation

/// The one place where respondent text is sealed for storage and opened again.
///
/// Protected columns: `answer.value`, `note.text`, `profileValue.value` (all BLOBs).
/// Nothing else in the store calls a `TextCodec`, so swapping in encryption (or auditing
/// that every protected column goes through it) means reading this file only.
struct ProtectedText: Sendable {
    let codec: any TextCodec

    /// The bytes to store for `text`.
    /// - Throws: `Refusal(.protectedTextNotSealed)`; the codec's own error is dropped, as it
    ///   might quote the text.
    func seal(_ text: String) throws -> Data {
        do {
            return try codec.seal(text)
        } catch {
            throw Refusal(.protectedTextNotSealed)
        }
    }

    /// `seal(_:)` for an optional text: nil stays nil (stored as NULL).
    func seal(_ text: String?) throws -> Data? {
        guard let text else { return nil }
        return try seal(text) as Data
    }

    /// The text that was sealed into `data`.
    /// - Throws: `Refusal(.protectedTextUnreadable)` (wrong key, damaged bytes).
    func open(_ data: Data) throws -> String {
        do {
            return try codec.open(data)
        } catch {
            throw Refusal(.protectedTextUnreadable)
        }
    }

    /// `open(_:)` for an optional BLOB: NULL stays nil.
    func open(_ data: Data?) throws -> String? {
        guard let data else { return nil }
        return try open(data) as String
    }
}
