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
    // @unchecked: a compiled Regex is immutable; it is only used to match.
    private let patterns: [(code: String, regex: UncheckedRegex)]

    /// Compiles the rules once.
    /// - Throws: `AutoCodingError` for a pattern that is not a valid regular expression.
    public init(rules: [CodingRules.Rule]) throws(AutoCodingError) {
        var phraseIndex: [[UInt32]: Int] = [:]
        var phrases: [[UInt32]] = []
        var codes: [[String]] = []
        var compiled: [(String, UncheckedRegex)] = []
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
                    compiled.append((rule.code, UncheckedRegex(try Regex(pattern).ignoresCase())))
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
            let scalars = string.unicodeScalars
            for (code, regex) in patterns {
                for match in string.matches(of: regex.regex) {
                    let start = scalars.distance(from: scalars.startIndex, to: match.range.lowerBound)
                    let end = scalars.distance(from: scalars.startIndex, to: match.range.upperBound)
                    guard start < end, folded.isWholeWords(start..<end) else { continue }
                    found.insert(Match(code: code, range: folded.originalRange(of: start..<end)))
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
    public var description: String {
        "error: the pattern '\(pattern)' of code '\(code)' is not a valid regular expression"
    }
}

/// Swift's `Regex` is not `Sendable`; a compiled one is never mutated, only matched.
struct UncheckedRegex: @unchecked Sendable {
    let regex: Regex<AnyRegexOutput>
    init(_ regex: Regex<AnyRegexOutput>) { self.regex = regex }
}

extension Array where Element == UInt32 {
    var trimmingSpaces: [UInt32] {
        Array(drop { $0 == 0x20 }.reversed().drop { $0 == 0x20 }.reversed())
    }
}
