import EvalKitCore
import EvalKitInstruments
import EvalKitScoring
import Foundation
import Testing

/// The rules for an analyst's judgement, on the worked example's rubric.
struct JudgementBookTests {
    private func book() throws -> JudgementBook {
        let example = try WorkedExample()
        return JudgementBook(judgements: example.project.judgements, rubric: try #require(example.project.rubric))
    }

    private let day = Date(timeIntervalSince1970: 1_764_720_000)  // 2025-12-03

    @Test func aJudgementIsAddedThenReplacedKeepingItsOtherLanguages() throws {
        var book = try book()
        let first = try book.set(
            unit: "outreach", target: .criterion("effectiveness"), rating: "fair", analyst: "AN-02",
            justification: "Groups  help,\nbut few.", language: "en", on: day)
        #expect(!first.replaced)
        #expect(first.judgement.date == "2025-12-03")
        #expect(first.judgement.justification.english == "Groups help, but few.")
        let second = try book.set(
            unit: "outreach", target: .criterion("effectiveness"), rating: "fair", analyst: "AN-02",
            justification: "Nhóm giúp được ít người.", language: "vi", on: day)
        #expect(second.replaced)
        #expect(second.judgement.justification.translations.keys.sorted() == ["en", "vi"])
        #expect(book.judgements.count == 2)
    }

    @Test func aQuestionIsJudgedWithAnAnswerAndEveryRuleHasItsMessage() throws {
        var book = try book()
        #expect(
            throws: JudgementError.unknownRating(
                "good", target: .evaluationQuestion("E1"), known: ["yes", "partly", "no", "insufficient-evidence"])
        ) {
            try book.set(
                unit: "centre", target: .evaluationQuestion("E1"), rating: "good", analyst: "AN-01", justification: "x",
                language: "en")
        }
        #expect(
            JudgementError.unknownRating("good", target: .evaluationQuestion("E1"), known: ["yes", "no"]).description
                == "error: rating 'good' is not among the rubric's answers (yes, no).")
        #expect(throws: JudgementError.invalidAnalyst("Nguyen Thi Lan")) {
            try book.set(
                unit: "centre", target: .evaluationQuestion("E1"), rating: "partly", analyst: "Nguyen Thi Lan",
                justification: "x", language: "en")
        }
        #expect(throws: JudgementError.englishFirst) {
            try book.set(
                unit: "centre", target: .evaluationQuestion("E1"), rating: "partly", analyst: "AN-01",
                justification: "x", language: "vi")
        }
        #expect(throws: JudgementError.incomplete) {
            try book.set(
                unit: "centre", target: .evaluationQuestion("E1"), rating: "partly", analyst: "AN-01",
                justification: "  ", language: "en")
        }
        #expect(throws: JudgementError.nothingToRemove(unit: "outreach", target: "E1")) {
            try book.remove(unit: "outreach", target: .evaluationQuestion("E1"))
        }
        #expect(JudgementError.nothingToRemove(unit: "outreach", target: "E1").exitStatus == .dataError)
    }
}
