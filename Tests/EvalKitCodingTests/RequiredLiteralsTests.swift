import EvalKitCore
import EvalKitInstruments
import EvalKitTestSupport
import Testing

@testable import EvalKitCoding

struct RequiredLiteralsTests {
    private func literals(_ pattern: String) -> [String]? {
        RequiredLiterals.of(pattern)?.map { String(String.UnicodeScalarView($0.compactMap(Unicode.Scalar.init))) }
            .sorted()
    }

    @Test func aPlainPatternRequiresItselfInLowerCase() {
        #expect(literals("Hello World") == ["hello world"])
        #expect(literals(#"\.5 per cent"#) == [".5 per cent"])
    }

    @Test func alternativesAndOptionalPartsMultiplyOut() {
        #expect(literals("no (money|income|job|work)\\b") == ["no income", "no job", "no money", "no work"])
        #expect(literals(#"\bowe[ds]?\b"#) == ["owe", "owed", "owes"])
        #expect(
            literals("(leave|left|go|went) (abroad )?to find work")
                == [
                    "go abroad to find work", "go to find work", "leave abroad to find work", "leave to find work",
                    "left abroad to find work", "left to find work", "went abroad to find work",
                    "went to find work",
                ])
    }

    @Test func tooManyCombinationsCutTheRunAndKeepTheLongerPart() {
        // 3 × 3 × 4 = 36 openings, times 8 endings would be 288: the openings are kept (shortest 5).
        let found = literals(
            "(gave|given|received) (me |us )?(a |two |some )?(pigs?|cows?|buffalo|chickens|goats?|sewing machine)")
        #expect(found?.count == 36)
        #expect(found?.contains("gave ") == true)
        #expect(found?.contains("received us some ") == true)
    }

    @Test func unknownPartsSplitThePatternAndTheLongestLiteralWins() {
        #expect(literals("a.*bcd") == ["bcd"])
        #expect(literals(#"\d+ years"#) == [" years"])
        #expect(literals("[^a]bc") == ["bc"])
        #expect(literals("x{2,3}yz") == ["yz"])
        #expect(literals("(foo|b.r)baz") == ["baz"])
        #expect(literals("abc+d") == ["ab"])
        #expect(literals("(?:left|went) home") == ["left home", "went home"])
    }

    @Test func aRepeatedGroupStillRequiresItsLiteral() {
        #expect(literals("(very )+far") == ["very "])
        #expect(literals("x(abc)+") == ["abc"])
    }

    @Test func nothingIsRequiredWhenTheReaderIsUnsureOrTheLiteralIsShort() {
        for pattern in [
            "(?i)abc", "(?=abc)x", #"(a)\1"#, #"\Qabc\E"#, "[[a-z]&&[^b]]cd", "a|bc", "a*", "x?y", "[]a]bc", "abc)",
            #"\p{L}+"#, "é", "(abc",
        ] {
            #expect(literals(pattern) == nil, "\(pattern)")
        }
        // Only ASCII is used: a letter outside it is an unknown part.
        #expect(literals("café noir") == [" noir"])
    }

    /// The prefilter only saves time: with it and without it the coder finds the same matches.
    @Test func theReferenceCodebookCodesTheSameWithAndWithoutRequiredLiterals() throws {
        let project = ProjectLoader().load(try ProjectLayout(directory: Repository.root)).project
        let rules = try #require(project.codebook).rules
        let extra = CodingRules.Rule(
            code: "extra", patterns: [#"\bowes\b"#, "strasse", "(very )+far", "o[a-c]{2}k", #"\d+ years"#])
        let filtered = try AutoCoder(rules: rules + [extra])
        let unfiltered = try AutoCoder(rules: rules + [extra], usingRequiredLiterals: false)
        var random = SeededGenerator(seed: 16)
        let pieces =
            rules.flatMap(\.phrases) + [
                "went abroad to find work", "promised me a good job", "forced them to", "he owes", "owed", "Owes",
                "don't feel safe", "gave us two pigs", "nobody came", "didn't get any help", "no id card",
                "không có tiền", "no coordination", "lack of records", "very very far", "oabk", "12 years", "oweſ",
                "straße", "STRASSE", "the", "and", "về nhà", ",", "—", "’",
            ]
        var texts = 0
        var matches = 0
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 1...12, using: &random)).map { _ in
                pieces.randomElement(using: &random)!
            }.joined(separator: " ")
            let found = filtered.matches(in: text)
            #expect(found == unfiltered.matches(in: text), "\(text)")
            texts += 1
            matches += found.count
        }
        #expect(texts == 2_000)
        #expect(matches > 2_000)
    }

    @Test func aLetterThatCaseFoldsToASCIIRunsEveryPattern() throws {
        let coder = try AutoCoder(rules: [CodingRules.Rule(code: "owes", patterns: [#"\bowes\b"#])])
        // ICU's case-insensitive matching equates "ſ" (long s) with "s": no literal "owes" is in the text.
        #expect(coder.matches(in: "he oweſ money").map(\.range) == [3..<7])
        #expect(FoldedText("he oweſ money").mayMatchASCIIWithoutBeingASCII)
        #expect(!FoldedText("anh ấy nợ tiền — “owes”").mayMatchASCIIWithoutBeingASCII)
    }
}
