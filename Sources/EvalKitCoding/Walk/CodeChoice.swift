import EvalKitCore

/// What a coder typed at the coding prompt: codes (by number or by part of a name), optionally
/// on a span of words, e.g. `3`, `3 12`, `debt`, `3 w4-7`, `safe w2`.
struct CodeChoice: Equatable {
    var codes: [String]
    /// 1-based, inclusive word positions; nil for the whole answer.
    var words: ClosedRange<Int>?

    /// A code as the walk lists it.
    struct Listed: Equatable {
        var id: String
        var label: String
    }

    enum Failure: Error, Equatable {
        case noSuchNumber(Int, count: Int)
        case noMatch(String)
        case ambiguous(String, candidates: [String])
        case badWords(String)

        var message: String {
            switch self {
            case .noSuchNumber(let number, let count):
                "There is no code \(number); codes are numbered 1 to \(count) (:codes lists them)."
            case .noMatch(let text): "No code matches '\(text)'; type :codes to list them."
            case .ambiguous(let text, let candidates):
                "'\(text)' matches several codes: \(candidates.joined(separator: ", ")). Type more, or the number."
            case .badWords(let text): "'\(text)' is not a word span; write w3 or w3-7."
            }
        }
    }

    static func parse(_ entry: String, codes: [Listed]) -> Result<CodeChoice, Failure> {
        var tokens = entry.split(whereSeparator: \.isWhitespace).map(String.init)
        var words: ClosedRange<Int>?
        if let last = tokens.last, last.lowercased().hasPrefix("w"), last.count > 1,
            last.dropFirst().first?.isNumber == true
        {
            let bounds = last.dropFirst().split(separator: "-").compactMap { Int($0) }
            guard (1...2).contains(bounds.count), bounds.allSatisfy({ $0 >= 1 }), bounds.first! <= bounds.last! else {
                return .failure(.badWords(last))
            }
            words = bounds.first!...bounds.last!
            tokens.removeLast()
        }
        if !tokens.isEmpty, tokens.allSatisfy({ Int($0) != nil }) {
            var chosen: [String] = []
            for token in tokens {
                let number = Int(token)!
                guard codes.indices.contains(number - 1) else {
                    return .failure(.noSuchNumber(number, count: codes.count))
                }
                chosen.append(codes[number - 1].id)
            }
            return .success(CodeChoice(codes: chosen, words: words))
        }
        let query = tokens.joined(separator: " ")
        let folded = FoldedText(query).string
        let matches = codes.enumerated().filter { _, code in
            FoldedText(code.label).string.contains(folded) || FoldedText(code.id).string.contains(folded)
        }
        if let exact = matches.first(where: { $0.element.id == query }) {
            return .success(CodeChoice(codes: [exact.element.id], words: words))
        }
        switch matches.count {
        case 0: return .failure(.noMatch(query))
        case 1: return .success(CodeChoice(codes: [matches[0].element.id], words: words))
        default:
            return .failure(
                .ambiguous(query, candidates: matches.prefix(6).map { "\($0.offset + 1) \($0.element.id)" }))
        }
    }
}

/// The words of an answer with their code-point spans, for choosing a span by word numbers.
struct AnswerWords {
    let words: [(text: String, range: Range<Int>)]

    init(_ text: String) {
        var words: [(String, Range<Int>)] = []
        var current = ""
        var start = 0
        for (index, scalar) in text.unicodeScalars.enumerated() {
            if scalar.properties.isWhitespace {
                if !current.isEmpty { words.append((current, start..<index)) }
                current = ""
            } else {
                if current.isEmpty { start = index }
                current.unicodeScalars.append(scalar)
            }
        }
        if !current.isEmpty { words.append((current, start..<(start + current.unicodeScalars.count))) }
        self.words = words
    }

    /// The code points of words `span` (1-based, inclusive), or nil if out of range.
    func range(of span: ClosedRange<Int>) -> Range<Int>? {
        guard span.lowerBound >= 1, span.upperBound <= words.count else { return nil }
        return words[span.lowerBound - 1].range.lowerBound..<words[span.upperBound - 1].range.upperBound
    }
}
