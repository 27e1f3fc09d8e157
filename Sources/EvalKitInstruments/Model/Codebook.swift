/// The project's shared codebook: hierarchical codes that analysts apply to what people said,
/// each with a definition, links to the framework and a valence for scoring.
public struct Codebook: Sendable, Encodable {
    /// A code with its place in the hierarchy, as listed by `allCodes`.
    public struct Entry: Sendable {
        public var code: Code
        /// The id of the code it refines; nil for a top-level code.
        public var parentID: String?
        /// 0 for a top-level code, 1 for its children, and so on.
        public var depth: Int
    }

    public var id: String
    public var version: String
    public var title: LocalizedText
    /// The top-level codes; each holds its children.
    public var codes: [Code]
    /// The file the codebook was loaded from.
    public var file: String

    public init(id: String, version: String, title: LocalizedText, codes: [Code], file: String = "") {
        self.id = id
        self.version = version
        self.title = title
        self.codes = codes
        self.file = file
    }

    /// Every code at every depth, in file order: each parent just before its children.
    public var allCodes: [Entry] {
        var entries: [Entry] = []
        func visit(_ code: Code, parent: String?, depth: Int) {
            entries.append(Entry(code: code, parentID: parent, depth: depth))
            for child in code.children { visit(child, parent: code.id, depth: depth + 1) }
        }
        for code in codes { visit(code, parent: nil, depth: 0) }
        return entries
    }

    /// The code with this id, at any depth; nil when there is none.
    public func code(_ id: String) -> Code? {
        allCodes.first { $0.code.id == id }?.code
    }

    /// The codebook's own phrases and patterns, one rule per code that has any, in file order.
    public var rules: [CodingRules.Rule] {
        allCodes.map(\.code).filter(\.hasRules).map {
            CodingRules.Rule(code: $0.id, phrases: $0.phrases, patterns: $0.patterns)
        }
    }

    /// The codebook's own rules followed by those of `extra` files; rules for the same code add up.
    public func rules(adding extra: [CodingRules]) -> [CodingRules.Rule] {
        rules + extra.flatMap(\.rules)
    }

    /// Languages every text of the codebook is available in, English first.
    public var completeLanguages: [String] {
        let texts = [title] + allCodes.flatMap(\.code.texts)
        let all = Set(texts.flatMap(\.translations.keys))
        let complete = all.filter { language in texts.allSatisfy { $0.hasTranslation(language) } }
        return complete.sorted {
            ($0 == LocalizedText.fallbackLanguage ? "" : $0) < ($1 == LocalizedText.fallbackLanguage ? "" : $1)
        }
    }
}
