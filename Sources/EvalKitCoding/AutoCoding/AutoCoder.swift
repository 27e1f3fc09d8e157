public import EvalKitCore
public import EvalKitInstruments

/// Applies auto-coding rules to answer texts: phrases through one compiled automaton,
/// regular expressions one by one, both on folded text and on word boundaries.
///
/// A pattern runs only on texts that hold one of its required literals (`RequiredLiterals`),
/// which the same automaton finds in the same pass as the phrases.
public struct AutoCoder: Sendable {
    /// A code found in a text, with the span of the original text (code points, end exclusive).
    public struct Match: Sendable, Equatable, Hashable {
        public var code: String
        public var range: Range<Int>
    }

    private let matcher: PhraseMatcher
    /// For each phrase of the automaton, the codes it stands for. Entries past the phrases are
    /// required literals of patterns.
    private let codesOfPhrase: [[String]]
    private let patterns: [(code: String, pattern: TextPattern)]
    /// For each automaton entry past the phrases, the patterns that literal lets run.
    private let patternsOfLiteral: [[Int]]
    /// Patterns without required literals, which run on every text.
    private let unfilteredPatterns: [Int]

    /// Compiles the rules once.
    /// - Throws: `AutoCodingError` for a pattern that is not a valid regular expression.
    public init(rules: [CodingRules.Rule]) throws(AutoCodingError) {
        try self.init(rules: rules, usingRequiredLiterals: true)
    }

    /// `usingRequiredLiterals: false` runs every pattern on every text (for tests that compare).
    init(rules: [CodingRules.Rule], usingRequiredLiterals: Bool) throws(AutoCodingError) {
        var entryIndex: [[UInt32]: Int] = [:]
        var entries: [[UInt32]] = []
        var codes: [[String]] = []
        var compiled: [(String, TextPattern)] = []
        for rule in rules {
            for phrase in rule.phrases {
                let folded = FoldedText(phrase).scalars.trimmingSpaces
                guard !folded.isEmpty else { continue }
                if let index = entryIndex[folded] {
                    if !codes[index].contains(rule.code) { codes[index].append(rule.code) }
                } else {
                    entryIndex[folded] = entries.count
                    entries.append(folded)
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
        codesOfPhrase = codes
        var literalIndex: [[UInt32]: Int] = [:]
        var patternsOfLiteral: [[Int]] = []
        var unfiltered: [Int] = []
        for (number, (_, pattern)) in compiled.enumerated() {
            guard usingRequiredLiterals, let literals = RequiredLiterals.of(pattern.source) else {
                unfiltered.append(number)
                continue
            }
            for literal in literals {
                if let index = literalIndex[literal] {
                    patternsOfLiteral[index].append(number)
                } else {
                    literalIndex[literal] = patternsOfLiteral.count
                    patternsOfLiteral.append([number])
                    entries.append(literal)
                }
            }
        }
        matcher = PhraseMatcher(phrases: entries)
        patterns = compiled
        self.patternsOfLiteral = patternsOfLiteral
        unfilteredPatterns = unfiltered
    }

    /// The codes the rules find in `text`, each span once, ordered by position then code.
    public func matches(in text: String) -> [Match] {
        let folded = FoldedText(text)
        var found: Set<Match> = []
        var triggered: Set<Int> = []
        let phraseCount = codesOfPhrase.count
        for hit in matcher.matches(in: folded.scalars) {
            guard hit.phrase < phraseCount else {
                triggered.formUnion(patternsOfLiteral[hit.phrase - phraseCount])
                continue
            }
            guard folded.isWholeWords(hit.range) else { continue }
            let range = folded.originalRange(of: hit.range)
            for code in codesOfPhrase[hit.phrase] { found.insert(Match(code: code, range: range)) }
        }
        var running = unfilteredPatterns
        if folded.mayMatchASCIIWithoutBeingASCII {
            running = Array(patterns.indices)
        } else if !triggered.isEmpty {
            running += triggered.sorted()
        }
        if !running.isEmpty {
            let string = folded.string
            for number in running {
                let (code, pattern) = patterns[number]
                for range in pattern.matches(in: string) where folded.isWholeWords(range) {
                    found.insert(Match(code: code, range: folded.originalRange(of: range)))
                }
            }
        }
        return Self.mergingOverlaps(found)
    }
}

extension FoldedText {
    /// True when the text holds a letter outside ASCII. Case-insensitive matching may equate such
    /// a letter with ASCII ones ("ſ" with "s", "ß" with "ss"), which a literal search would miss;
    /// such texts run every pattern.
    var mayMatchASCIIWithoutBeingASCII: Bool {
        scalars.contains { $0 >= 0x80 && FoldedText.isWordCharacter($0) }
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
