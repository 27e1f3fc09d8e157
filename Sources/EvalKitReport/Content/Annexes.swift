/// The annexes: guides, consent scripts, codebook, in the report's language.
public struct Annexes: Sendable, Equatable {
    public struct Guide: Sendable, Equatable {
        public var id: String
        public var title: String
        /// `InstrumentOutline`'s text.
        public var outline: String
    }

    public struct Consent: Sendable, Equatable {
        public var id: String
        public var title: String
        public var paragraphs: [String]
        public var question: String
        public var attestation: String
        public var guardianAge: Int
        public var guardianQuestion: String
    }

    public struct CodeEntry: Sendable, Equatable {
        public var id: String
        public var name: String
        public var depth: Int
        public var valence: String
        public var use: String
        public var doNotUse: String?
    }

    public var guides: [Guide]
    public var consentScripts: [Consent]
    public var codebook: [CodeEntry]
}
