import EvalKitCore
import Foundation

/// Auto-coding rules kept in their own `<codingRules>` file rather than in the codebook:
/// for each code, phrases and regular expressions that suggest it.
public struct CodingRules: Sendable, Encodable {
    /// The phrases and patterns that suggest one code.
    public struct Rule: Sendable, Encodable, Equatable {
        /// Id of a code of the codebook.
        public var code: String
        /// Matched on word boundaries in folded text (see `CodingRules.fold(_:)`).
        public var phrases: [String]
        /// Regular expressions matched against folded text.
        public var patterns: [String]

        public init(code: String, phrases: [String] = [], patterns: [String] = []) {
            self.code = code
            self.phrases = phrases
            self.patterns = patterns
        }
    }

    public var id: String
    public var version: String
    public var rules: [Rule]
    /// The file the rules were loaded from.
    public var file: String

    public init(id: String, version: String, rules: [Rule], file: String = "") {
        self.id = id
        self.version = version
        self.rules = rules
        self.file = file
    }

    /// The form in which text, phrases and patterns are compared: lower case, accents removed
    /// from Latin letters (Vietnamese tones and vowel marks included), `đ` as `d`, combining
    /// marks dropped, and runs of whitespace as one space. "Nợ nần  ĐÃ trả" becomes "no nan da tra".
    ///
    /// Every other character, punctuation included, is kept, so word boundaries stay where they
    /// were. It is `FoldedText`, the folding the auto-coder applies to answers, without outer spaces.
    public static func fold(_ text: String) -> String {
        FoldedText(text).string.trimmingCharacters(in: .whitespaces)
    }
}
