/// The report chapters a team writes by hand, from `Report/narrative.xml`: per section, the
/// content in each language it was written in.
public struct Narrative: Sendable, Encodable {
    /// The written chapters of the publisher's outline, in report order.
    public enum SectionID: String, Sendable, Encodable, CaseIterable {
        case summary, introduction, background, design, models, methodology, recommendations
    }

    /// A run of text, plain or emphasised.
    public enum Inline: Sendable, Equatable, Encodable {
        case text(String)
        case emphasis(String)
    }

    public enum Block: Sendable, Equatable, Encodable {
        case heading(String)
        case paragraph([Inline])
        case list([[Inline]])
    }

    public struct Section: Sendable, Encodable {
        public var id: SectionID
        /// Language tag → blocks.
        public var content: [String: [Block]]

        public init(id: SectionID, content: [String: [Block]]) {
            self.id = id
            self.content = content
        }

        /// The blocks in `language`, or in English when the section has no such translation.
        public func blocks(in language: String) -> [Block] {
            content[language] ?? content[LocalizedText.fallbackLanguage] ?? []
        }
    }

    public var sections: [Section]
    public var file: String

    public init(sections: [Section], file: String = "") {
        self.sections = sections
        self.file = file
    }

    public func section(_ id: SectionID) -> Section? { sections.first { $0.id == id } }
}
