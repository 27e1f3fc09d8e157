import EvalKitCoding
import EvalKitCore
import EvalKitInstruments
import Testing

@testable import EvalKitCoding

struct FoldedTextTests {
    @Test func vietnameseIsFoldedToPlainLowerCaseLetters() {
        #expect(FoldedText("Đường đi rất KHÓ khăn").string == "duong di rat kho khan")
        #expect(FoldedText("Tôi  đã\n\ttrở về").string == "toi da tro ve")
        // The same word typed with combining accents (decomposed) folds the same way.
        #expect(FoldedText("ca\u{0300} phe\u{0302}").string == "ca phe")
    }

    @Test func everyFoldedCharacterKnowsItsOriginalCodePoint() {
        let folded = FoldedText("Ả  b")
        #expect(folded.string == "a b")
        #expect(folded.origins == [0, 1, 3])
        #expect(folded.originalRange(of: 0..<3) == 0..<4)
    }
}

struct PhraseMatcherTests {
    @Test func findsOverlappingPhrasesInOnePass() {
        // The textbook example: he, she, his, hers in "ushers".
        let matcher = PhraseMatcher(
            phrases: ["he", "she", "his", "hers"].map { Array($0.unicodeScalars.map(\.value)) })
        let found = matcher.matches(in: Array("ushers".unicodeScalars.map(\.value))).map { "\($0.phrase):\($0.range)" }
        #expect(found == ["1:1..<4", "0:2..<4", "3:2..<6"])
    }
}

struct AutoCoderTests {
    private let coder = try! AutoCoder(rules: [
        CodingRules.Rule(code: "debt", phrases: ["nợ", "debt"]),
        CodingRules.Rule(code: "forced-work", phrases: ["ép làm việc", "forced work"]),
        CodingRules.Rule(code: "livelihoods", phrases: ["no money"], patterns: ["no (money|income)"]),
        CodingRules.Rule(code: "money", phrases: ["No Money"]),
    ])

    @Test func phrasesMatchIgnoringCaseAccentsAndSpacingOnWordBoundaries() {
        let text = "Tôi phải ÉP LÀM  VIỆC để trả NỢ. Debts? No money."
        let found = coder.matches(in: text).map { "\($0.code)@\($0.range)" }
        // Hand-counted code points: ÉP…VIỆC is 9..<21, NỢ 29..<31, "No money" 40..<48.
        // "Debts" is not "debt": the phrase must end on a word boundary. Folding makes "nợ" and
        // "No" the same word, so "No" at 40..<42 is coded debt too: short phrases need care.
        #expect(
            found == [
                "forced-work@9..<21", "debt@29..<31", "debt@40..<42", "livelihoods@40..<48", "money@40..<48",
            ])
    }

    @Test func spansPointAtTheOriginalText() {
        let text = "Tôi phải ÉP LÀM  VIỆC để trả NỢ."
        let scalars = Array(text.unicodeScalars)
        let match = try! #require(coder.matches(in: text).first)
        #expect(String(String.UnicodeScalarView(scalars[match.range])) == "ÉP LÀM  VIỆC")
    }

    @Test func overlappingMatchesOfOneCodeBecomeOneSpan() {
        let coder = try! AutoCoder(rules: [CodingRules.Rule(code: "forced-work", phrases: ["bị ép", "ép làm"])])
        // "bị ép" is 4..<9 and "ép làm" 7..<13 of "Tôi bị ép làm việc": one span 4..<13.
        #expect(coder.matches(in: "Tôi bị ép làm việc").map(\.range) == [4..<13])
    }

    @Test func aPhraseInsideAWordDoesNotMatch() {
        #expect(coder.matches(in: "indebted, forced workers") == [])
    }

    @Test func anInvalidPatternIsAClearError() {
        #expect(throws: AutoCodingError(code: "x", pattern: "(unclosed")) {
            try AutoCoder(rules: [CodingRules.Rule(code: "x", patterns: ["(unclosed"])])
        }
    }
}
