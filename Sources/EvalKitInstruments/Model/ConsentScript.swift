/// A verbal consent script, read before any answer is kept.
public struct ConsentScript: Sendable, Encodable {
    /// What a paragraph of the script does; every element but `other` must be present.
    public enum Element: String, Sendable, Encodable, CaseIterable {
        case introduction
        case purpose
        case difficultQuestions
        case confidentiality
        case noName
        case mayDecline
        case mayStop
        case whyHonesty
        case other
    }

    public struct Paragraph: Sendable, Encodable {
        public var element: Element
        public var text: LocalizedText
    }

    public struct Guardian: Sendable, Encodable {
        /// Respondents younger than this need a guardian's consent too.
        public var minorBelow: Int
        public var paragraphs: [LocalizedText]
        public var question: LocalizedText
        public var attestation: LocalizedText
    }

    public var id: String
    public var version: String
    public var title: LocalizedText
    public var privateSetting: LocalizedText
    public var paragraphs: [Paragraph]
    public var question: LocalizedText
    public var attestation: LocalizedText
    public var guardian: Guardian
    public var interpreterQuestion: LocalizedText
    public var file: String
}
