import EvalKitStore

/// Reads the text of the quotes that survive scoring, and only those: a few per cell.
struct QuoteReader {
    let store: ProjectStore
    let filter: @Sendable (String) -> String
    let length: Int
    private var cache: [Int64: String] = [:]

    init(store: ProjectStore, filter: @escaping @Sendable (String) -> String, length: Int) {
        self.store = store
        self.filter = filter
        self.length = length
    }

    mutating func quotes(_ items: [EvidenceItem]) throws -> [Quote] {
        try items.map { item in
            Quote(
                text: try text(item), group: item.topGroup, site: item.siteID, codeID: item.codeID,
                answerID: item.answerID)
        }
    }

    mutating func text(_ item: EvidenceItem) throws -> String {
        let answer: String
        if let cached = cache[item.answerID] {
            answer = cached
        } else {
            answer = try store.answerInContext(id: item.answerID)?.answer.value ?? ""
            cache[item.answerID] = answer
        }
        return Self.excerpt(of: answer, range: item.range, length: length, filter: filter)
    }

    /// The sentences that hold the code points of `range` (all of `answer` when nil), so a
    /// phrase the rules matched still reads as what was said; filtered, whitespace collapsed,
    /// and cut at a word with "…" when longer than `length` characters.
    static func excerpt(
        of answer: String, range: Range<Int>?, length: Int, filter: (String) -> String
    ) -> String {
        var text = answer
        if let range {
            let scalars = Array(answer.unicodeScalars)
            var lower = min(range.lowerBound, scalars.count)
            var upper = min(max(range.upperBound, lower), scalars.count)
            while upper > lower, scalars[upper - 1].properties.isWhitespace { upper -= 1 }
            while lower > 0, !isSentenceEnd(scalars[lower - 1]) { lower -= 1 }
            while upper < scalars.count, upper == lower || !isSentenceEnd(scalars[upper - 1]) { upper += 1 }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[lower..<upper])
            text = String(view)
        }
        text = filter(text).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard text.count > length else { return text }
        var cut = String(text.prefix(length))
        if let space = cut.lastIndex(of: " ") { cut = String(cut[..<space]) }
        return cut + "…"
    }

    private static func isSentenceEnd(_ scalar: Unicode.Scalar) -> Bool {
        ".!?…\n".unicodeScalars.contains(scalar)
    }
}
