/// A text in one or more languages. English is always present (the loader checks it);
/// any other language falls back to English where a translation is missing.
public struct LocalizedText: Sendable, Hashable, Codable {
    public static let fallbackLanguage = "en"

    /// Language tag → text, whitespace collapsed.
    public var translations: [String: String]

    public init(_ translations: [String: String]) {
        self.translations = translations
    }

    public init(english: String) {
        self.translations = [Self.fallbackLanguage: english]
    }

    public var english: String { translations[Self.fallbackLanguage] ?? "" }

    /// The text in `language`, or in English when it has no translation.
    public func text(in language: String) -> String {
        translations[language] ?? english
    }

    public func hasTranslation(_ language: String) -> Bool { translations[language] != nil }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(translations)
    }

    public init(from decoder: any Decoder) throws {
        translations = try decoder.singleValueContainer().decode([String: String].self)
    }
}
