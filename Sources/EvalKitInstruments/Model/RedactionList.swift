public import EvalKitCore

/// The project's list of names and places to mask in published exports, from
/// `Analysis/redactions.xml`. Its entries are real names: the file stays with the team.
public struct RedactionList: Sendable, Equatable {
    public enum Category: String, Sendable, Equatable {
        case name
        case place

        /// What an entry of this category becomes in published text.
        public var replacement: String { "[\(rawValue)]" }
    }

    public struct Entry: Sendable, Equatable {
        public var text: String
        public var category: Category

        public init(text: String, category: Category) {
            self.text = text
            self.category = category
        }
    }

    public var id: String
    public var version: String
    public var entries: [Entry]
    /// The file it was read from.
    public var file: String

    public init(id: String, version: String, entries: [Entry], file: String) {
        self.id = id
        self.version = version
        self.entries = entries
        self.file = file
    }

    /// The redactor exporters apply.
    public var redactor: Redactor {
        Redactor(terms: entries.map { Redactor.Term(text: $0.text, replacement: $0.category.replacement) })
    }
}

extension Project {
    /// The redactor for everything this project publishes: masks nothing when the project has
    /// no redaction list.
    public var redactor: Redactor { redactions?.redactor ?? .none }
}
