public import EvalKitCore
public import EvalKitInstruments

/// Applies auto-coding rules to answer texts: phrases through one compiled automaton,
/// regular expressions one by one, both on folded text and on word boundaries.
public struct AutoCoder: Sendable {
    /// A code found in a text, with the span of the original text (code points, end exclusive).
    public struct Match: Sendable, Equatable, Hashable {
        public var code: String
        public var range: Range<Int>
    }

    private let matcher: PhraseMatcher
    /// For each phrase of the automaton, the codes it stands for.
    private let codesOfPhrase: [[String]]
    private let patterns: [(code: String, pattern: TextPattern)]

    /// Compiles the rules once.
    /// - Throws: `AutoCodingError` for a pattern that is not a valid regular expression.
    public init(rules: [CodingRules.Rule]) throws(AutoCodingError) {
        var phraseIndex: [[UInt32]: Int] = [:]
        var phrases: [[UInt32]] = []
        var codes: [[String]] = []
        var compiled: [(String, TextPattern)] = []
        for rule in rules {
            for phrase in rule.phrases {
                let folded = FoldedText(phrase).scalars.trimmingSpaces
                guard !folded.isEmpty else { continue }
                if let index = phraseIndex[folded] {
                    if !codes[index].contains(rule.code) { codes[index].append(rule.code) }
                } else {
                    phraseIndex[folded] = phrases.count
                    phrases.append(folded)
                    codes.append([rule.code])
                }
            }
            for pattern in rule.patterns {
                do {
                    compiled.append((rule.code, try TextPattern(pattern)))
                } catch {
                    throw AutoCodingError(code: rule.code, pattern: pattern)
                }
            }
        }
        matcher = PhraseMatcher(phrases: phrases)
        codesOfPhrase = codes
        patterns = compiled
    }

    /// The codes the rules find in `text`, each span once, ordered by position then code.
    public func matches(in text: String) -> [Match] {
        let folded = FoldedText(text)
        var found: Set<Match> = []
        for hit in matcher.matches(in: folded.scalars) where folded.isWholeWords(hit.range) {
            let range = folded.originalRange(of: hit.range)
            for code in codesOfPhrase[hit.phrase] { found.insert(Match(code: code, range: range)) }
        }
        if !patterns.isEmpty {
            let string = folded.string
            for (code, pattern) in patterns {
                for range in pattern.matches(in: string) where folded.isWholeWords(range) {
                    found.insert(Match(code: code, range: folded.originalRange(of: range)))
                }
            }
        }
        return Self.mergingOverlaps(found)
    }
}

extension AutoCoder {
    /// One span per stretch of text and code: overlapping matches of the same code
    /// ("bị ép" and "ép làm" in "bị ép làm việc") become one segment. Ordered by position, then code.
    static func mergingOverlaps(_ matches: Set<Match>) -> [Match] {
        var merged: [Match] = []
        let byCode = Dictionary(grouping: matches, by: \.code)
        for (code, spans) in byCode {
            var current: Range<Int>?
            for span in spans.map(\.range).sorted(by: { $0.lowerBound < $1.lowerBound }) {
                if let open = current, span.lowerBound < open.upperBound {
                    current = open.lowerBound..<max(open.upperBound, span.upperBound)
                } else {
                    if let open = current { merged.append(Match(code: code, range: open)) }
                    current = span
                }
            }
            if let open = current { merged.append(Match(code: code, range: open)) }
        }
        return merged.sorted {
            ($0.range.lowerBound, $0.range.upperBound, $0.code) < ($1.range.lowerBound, $1.range.upperBound, $1.code)
        }
    }
}

/// A rule's pattern is not a valid regular expression.
public struct AutoCodingError: EvalKitError, Equatable {
    public var code: String
    public var pattern: String
    public var exitStatus: ExitStatus { .dataError }
    public var sentence: String {
        "the pattern '\(pattern)' of code '\(code)' is not a valid regular expression"
    }
}

extension Array where Element == UInt32 {
    var trimmingSpaces: [UInt32] {
        Array(drop { $0 == 0x20 }.reversed().drop { $0 == 0x20 }.reversed())
    }
}
