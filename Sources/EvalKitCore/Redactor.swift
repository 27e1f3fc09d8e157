/// Masks listed names and places in text meant for readers outside the team: whole words,
/// ignoring case and accents (so "Bát Xát", "bat xat" and "BAT  XAT" are one place), each
/// replaced by its category, such as `[name]` or `[place]`.
///
/// Exporters call `redact(_:)` on every text they publish; `redactWithMap(_:)` also says where
/// each original position went, for formats that point into the text (REFI-QDA selections).
/// The longest listed term wins where two overlap. Terms are kept in a trie, so the cost per
/// word does not grow with the length of the list (thousands of respondent codes included).
public struct Redactor: Sendable {
    /// A listed term and what replaces it.
    public struct Term: Sendable, Equatable {
        public var text: String
        public var replacement: String

        public init(text: String, replacement: String) {
            self.text = text
            self.replacement = replacement
        }
    }

    /// One masked span: where it was in the original text and where its replacement is in the
    /// redacted text, both in Unicode code points.
    public struct Replacement: Sendable, Equatable {
        public var original: Range<Int>
        public var redacted: Range<Int>

        public init(original: Range<Int>, redacted: Range<Int>) {
            self.original = original
            self.redacted = redacted
        }
    }

    /// A redacted text and its replacements, in order.
    public struct Result: Sendable, Equatable {
        public var text: String
        public var replacements: [Replacement]

        public init(text: String, replacements: [Replacement]) {
            self.text = text
            self.replacements = replacements
        }

        /// The redacted position of original position `position` (a code point offset). A start
        /// inside a masked span moves to the replacement's start, an end to its end.
        public func position(_ position: Int, isEnd: Bool) -> Int {
            var shift = 0
            for replacement in replacements {
                if position <= replacement.original.lowerBound { break }
                if position >= replacement.original.upperBound {
                    shift = replacement.redacted.upperBound - replacement.original.upperBound
                    continue
                }
                return isEnd ? replacement.redacted.upperBound : replacement.redacted.lowerBound
            }
            return position + shift
        }

        /// The original position of redacted position `position`: the inverse of
        /// `position(_:isEnd:)`. A start inside a replacement moves to the masked span's start,
        /// an end to its end.
        public func originalPosition(_ position: Int, isEnd: Bool) -> Int {
            var shift = 0
            for replacement in replacements {
                if position <= replacement.redacted.lowerBound { break }
                if position >= replacement.redacted.upperBound {
                    shift = replacement.original.upperBound - replacement.redacted.upperBound
                    continue
                }
                return isEnd ? replacement.original.upperBound : replacement.original.lowerBound
            }
            return position + shift
        }
    }

    /// Masks nothing.
    public static let none = Redactor(terms: [])

    /// A trie node: children by folded scalar, and the replacement when a term ends here.
    private struct Node: Sendable {
        var children: [UInt32: Int] = [:]
        var replacement: String?
    }

    private var nodes = [Node()]
    /// The terms as given, for `adding(_:)`.
    public private(set) var terms: [Term] = []

    /// - Parameter terms: terms whose folded text is empty are ignored; of two terms that fold
    ///   alike, the first one's replacement is used.
    public init(terms: [Term]) {
        for term in terms { insert(term) }
    }

    /// This redactor with more terms.
    public func adding(_ more: [Term]) -> Redactor {
        var copy = self
        for term in more { copy.insert(term) }
        return copy
    }

    private mutating func insert(_ term: Term) {
        let folded = Self.trimmed(FoldedText(term.text).scalars)
        guard !folded.isEmpty else { return }
        var node = 0
        for scalar in folded {
            if let next = nodes[node].children[scalar] {
                node = next
            } else {
                nodes.append(Node())
                nodes[node].children[scalar] = nodes.count - 1
                node = nodes.count - 1
            }
        }
        if nodes[node].replacement == nil { nodes[node].replacement = term.replacement }
        terms.append(term)
    }

    /// Whether there is nothing to mask.
    public var isEmpty: Bool { terms.isEmpty }

    /// The longest term that starts at `index` and ends on a word boundary: its length and replacement.
    private func longestMatch(in folded: FoldedText, at index: Int) -> (length: Int, replacement: String)? {
        let scalars = folded.scalars
        var node = 0
        var best: (length: Int, replacement: String)?
        var position = index
        while position < scalars.count, let next = nodes[node].children[scalars[position]] {
            node = next
            position += 1
            if let replacement = nodes[node].replacement, folded.isWholeWords(index..<position) {
                best = (position - index, replacement)
            }
        }
        return best
    }

    /// `text` with every listed term masked.
    public func redact(_ text: String) -> String {
        isEmpty ? text : redactWithMap(text).text
    }

    /// `text` with every listed term masked, and where the masks are.
    public func redactWithMap(_ text: String) -> Result {
        guard !isEmpty else { return Result(text: text, replacements: []) }
        let folded = FoldedText(text)
        let original = Array(text.unicodeScalars)
        var spans: [(range: Range<Int>, replacement: String)] = []
        var index = 0
        let scalars = folded.scalars
        while index < scalars.count {
            let startsWord = index == 0 || !FoldedText.isWordCharacter(scalars[index - 1])
            guard startsWord, FoldedText.isWordCharacter(scalars[index]) else {
                index += 1
                continue
            }
            guard let match = longestMatch(in: folded, at: index) else {
                index += 1
                continue
            }
            var range = folded.originalRange(of: index..<index + match.length)
            // Accents that follow the last letter belong to it.
            while range.upperBound < original.count, FoldedText.fold(original[range.upperBound]).isEmpty,
                !original[range.upperBound].properties.isWhitespace
            {
                range = range.lowerBound..<range.upperBound + 1
            }
            spans.append((range, match.replacement))
            index += match.length
        }
        var output = String.UnicodeScalarView()
        var replacements: [Replacement] = []
        var cursor = 0
        for span in spans {
            output.append(contentsOf: original[cursor..<span.range.lowerBound])
            let start = output.count
            output.append(contentsOf: span.replacement.unicodeScalars)
            replacements.append(Replacement(original: span.range, redacted: start..<output.count))
            cursor = span.range.upperBound
        }
        output.append(contentsOf: original[cursor...])
        return Result(text: String(output), replacements: replacements)
    }

    private static func trimmed(_ scalars: [UInt32]) -> [UInt32] {
        var slice = scalars[...]
        while slice.first == 0x20 { slice = slice.dropFirst() }
        while slice.last == 0x20 { slice = slice.dropLast() }
        return Array(slice)
    }
}
