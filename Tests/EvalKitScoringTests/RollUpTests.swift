import EvalKitInstruments
import Testing

@testable import EvalKitScoring

/// A criterion's rating from its questions' answers, on the reference rubric's rules; every
/// score below was worked out by hand (docs/scoring.md, step 6).
struct RollUpTests {
    private let rubric: Rubric = {
        func name(_ text: String) -> LocalizedText { LocalizedText(["en": text]) }
        return Rubric(
            id: "r", version: "1", title: name("R"),
            answers: [
                .init(id: "yes", name: name("Yes"), minimumBalance: 0.5, points: 3),
                .init(id: "largely", name: name("Largely"), minimumBalance: 0.15, points: 2),
                .init(id: "partly", name: name("Partly"), minimumBalance: -0.25, points: 1),
                .init(id: "no", name: name("No"), minimumBalance: -1, points: 0),
            ],
            scale: [
                .init(id: "highly", name: name("Highly"), minimumScore: 2.5, majority: "yes", vetoedBy: "no"),
                .init(
                    id: "satisfactory", name: name("Satisfactory"), minimumScore: 1.75, majority: "largely",
                    vetoedBy: "no"),
                .init(id: "partly-satisfactory", name: name("Partly satisfactory"), minimumScore: 1),
                .init(id: "unsatisfactory", name: name("Unsatisfactory"), minimumScore: 0),
            ],
            rollUp: .init(minimumAnswered: 2, minimumShare: 0.5, weights: ["R5": 2]),
            minimumEvidence: .init(respondents: 5, respondentGroups: 2),
            highConfidence: .init(respondents: 15, respondentGroups: 3),
            mediumConfidence: .init(respondents: 8, respondentGroups: 2),
            reconciliation: .init(rule: .any), dimensions: [])
    }()

    private func answer(
        _ question: String, _ answer: String?, _ confidence: CellScore.Confidence? = .high
    ) -> CellScore.QuestionAnswer {
        .init(
            question: question, answer: answer, confidence: answer == nil ? nil : confidence,
            weight: rubric.rollUp.weight(of: question), judged: false)
    }

    @Test func theWeightedMeanOfPointsEarnsARatingWhoseRulesHold() {
        // (3×1 + 2×2 + 1×1) / 4 = 2.0: below 2.5, above 1.75 with 3 of 4 answered weight at largely or better.
        let rollUp = rubric.rating(
            rollingUp: [
                answer("R1", "yes"), answer("R5", "largely"), answer("R6", "partly", .medium), answer("R2", nil),
            ])
        #expect(rollUp.score == 2)
        #expect(rollUp.outcome == .rated("satisfactory"))
        #expect(rollUp.confidence == .high)
    }

    @Test func aConfidentNoVetoesTheUpperRatings() {
        // (3 + 4 + 0) / 4 = 1.75 reaches satisfactory, but R6 is "no" with high confidence.
        let vetoed = rubric.rating(rollingUp: [answer("R1", "yes"), answer("R5", "largely"), answer("R6", "no")])
        #expect(vetoed.score == 1.75)
        #expect(vetoed.outcome == .rated("partly-satisfactory"))
        let unsure = rubric.rating(rollingUp: [
            answer("R1", "yes"), answer("R5", "largely"), answer("R6", "no", .medium),
        ])
        #expect(unsure.outcome == .rated("satisfactory"))
    }

    @Test func aRatingNeedsMoreThanHalfTheAnsweredWeightAtItsMajorityAnswer() {
        // (3 + 3 + 0 + 1) / 4 = 1.75, but only 2 of 4 answered "largely" or better: not more than half.
        let rollUp = rubric.rating(
            rollingUp: [
                answer("R1", "yes", .low), answer("R3", "yes", .low), answer("R6", "no", .medium),
                answer("R4", "partly", .medium),
            ])
        #expect(rollUp.score == 1.75)
        #expect(rollUp.outcome == .rated("partly-satisfactory"))
        // Low 2 of 4 is not more than half; low and medium together are.
        #expect(rollUp.confidence == .low)
    }

    @Test func tooFewAnsweredQuestionsAreInsufficientEvidence() {
        let one = rubric.rating(rollingUp: [answer("R1", "yes"), answer("R2", nil)])
        #expect(one.outcome.reasons.map(\.description) == ["1 of 2 evaluation questions answered (2 needed)"])
        #expect(one.score == nil)
        #expect(one.confidence == nil)
        // 2 of 6 weight answered: R5 alone weighs 2.
        let share = rubric.rating(
            rollingUp: [
                answer("R1", "yes"), answer("R2", "yes"), answer("R5", nil), answer("R3", nil), answer("R4", nil),
            ])
        #expect(share.outcome.reasons.map(\.description) == ["33% of the questions' weight answered (50% needed)"])
        #expect(
            rubric.rating(rollingUp: []).outcome.reasons.map(\.description) == [
                "no evaluation question and no evidence of its own"
            ])
    }

    @Test func reasonsAreDataWordedInEitherLanguage() {
        let reasons: [InsufficiencyReason] = [
            .respondents(have: 1, need: 3), .questionsAnswered(answered: 0, of: 1, need: 1),
            .weightAnswered(share: 1.0 / 3, need: 0.5), .smallCell(minimum: 5),
        ]
        #expect(
            reasons.map { $0.text(in: "vi") } == [
                "1 người trả lời (cần 3)", "trả lời được 0 trên 1 câu hỏi đánh giá (cần 1)",
                "trả lời được 33% trọng số các câu hỏi (cần 50%)", "dưới 5 người trả lời (ô quá nhỏ để công bố)",
            ])
        #expect(reasons[1].description == "0 of 1 evaluation question answered (1 needed)")
    }
}
