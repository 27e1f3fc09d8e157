public import Foundation

/// Turns respondent text into the bytes the store keeps, and back.
///
/// Answer values, note texts and profile values pass through a codec on their way into
/// and out of the database. `PlainTextCodec` keeps UTF-8 as is; an encrypting codec makes
/// the data on a lost laptop unreadable without changing anything else in the store.
///
/// A codec's errors are never shown to a person as they are: the store reports only
/// that a text could not be sealed or opened, so an error cannot leak the text.
public protocol TextCodec: Sendable {
    /// The bytes to store for `text`.
    func seal(_ text: String) throws -> Data
    /// The text that `seal` turned into `data`.
    /// - Throws: when `data` was not sealed by this codec (or with this key), or is damaged.
    func open(_ data: Data) throws -> String
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
