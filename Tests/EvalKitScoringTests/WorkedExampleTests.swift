import EvalKitInstruments
import EvalKitScoring
import Testing

/// The numbers of docs/scoring.md's worked example, worked out by hand there.
struct WorkedExampleTests {
    private func sheet(judgements: Bool = true) throws -> (WorkedExample, ScoreSheet) {
        let example = try WorkedExample(judgements: judgements)
        return (example, try Scorer(project: example.project).score(example.store))
    }

    @Test func readsThirtySegmentsAndCountsFourteenAgreedCodes() throws {
        let (_, sheet) = try sheet()
        #expect(sheet.statistics.answers == 11)
        #expect(sheet.statistics.segments == 30)
        #expect(sheet.statistics.evidenceItems == 14)
        #expect(sheet.statistics.unlinkedItems == 0)
        #expect(sheet.scopes == [.unit("centre"), .unit("outreach"), .unattributed, .all])
    }

    @Test func centreEffectivenessIsFairWithMediumConfidence() throws {
        let (_, sheet) = try sheet()
        let cell = try #require(sheet.cell(.unit("centre"), criterion: "effectiveness"))
        #expect(cell.positive == 3)
        #expect(cell.negative == 2)
        #expect(cell.descriptive == 1)
        #expect(cell.positiveWeight == 3)
        #expect(cell.negativeWeight == 4)
        #expect(cell.respondents == 4)
        #expect(cell.respondentGroups == 3)
        #expect(abs((cell.balance ?? 0) - (-1.0 / 7.0)) < 1e-12)
        // E1 is answered "partly" (1 point) from the same items: a score of 1 earns fair.
        #expect(
            cell.answers == [.init(question: "E1", answer: "partly", confidence: .medium, weight: 1, judged: false)])
        #expect(cell.score == 1)
        #expect(cell.computed == .rated("fair"))
        #expect(cell.confidence == .medium)
        // Hidden so that the capital's single respondent cannot be had by subtraction.
        #expect(cell.suppression == .complementary)
    }

    @Test func outreachEffectivenessIsFairFromFourSources() throws {
        let (_, sheet) = try sheet()
        let cell = try #require(sheet.cell(.unit("outreach"), criterion: "effectiveness"))
        #expect(cell.positive == 3)
        #expect(cell.negative == 1)
        #expect(cell.respondents == 4)
        #expect(cell.respondentGroups == 2)
        #expect(abs((cell.balance ?? 0) - 0.2) < 1e-12)
        #expect(cell.computed == .rated("fair"))
        #expect(cell.confidence == .medium)
        #expect(cell.suppression == .shown)
    }

    @Test func everythingTogetherIsFairWithHighConfidence() throws {
        let (_, sheet) = try sheet()
        let cell = try #require(sheet.cell(.all, criterion: "effectiveness"))
        #expect(cell.positive == 7)
        #expect(cell.negative == 3)
        #expect(cell.respondents == 9)
        #expect(cell.respondentGroups == 3)
        #expect(cell.sites == 3)
        #expect(abs((cell.balance ?? 0) - 1.0 / 13.0) < 1e-12)
        #expect(cell.computed == .rated("fair"))
        #expect(cell.confidence == .high)
        let sustainability = try #require(sheet.cell(.all, criterion: "sustainability"))
        #expect(sustainability.negative == 3)
        #expect(sustainability.balance == -1)
        #expect(sustainability.computed == .rated("poor"))
        #expect(sustainability.confidence == .low)
    }

    @Test func thinEvidenceIsInsufficientWithEveryReason() throws {
        let (_, sheet) = try sheet()
        let capitalE1 = try #require(sheet.cell(.unattributed, question: "E1"))
        #expect(
            capitalE1.computed.reasons.map(\.description) == [
                "1 respondent (3 needed)", "1 respondent group (2 needed)",
            ])
        let capital = try #require(sheet.cell(.unattributed, criterion: "effectiveness"))
        #expect(capital.computed.reasons.map(\.description) == ["0 of 1 evaluation question answered (1 needed)"])
        #expect(capital.suppression == .small)
        #expect(capital.confidence == nil)
        #expect(capital.score == nil)
        let outreachS1 = try #require(sheet.cell(.unit("outreach"), question: "S1"))
        #expect(outreachS1.computed.reasons.map(\.description) == ["2 respondents (3 needed)"])
        let outreach = try #require(sheet.cell(.unit("outreach"), criterion: "sustainability"))
        #expect(outreach.computed.reasons.map(\.description) == ["0 of 1 evaluation question answered (1 needed)"])
        let none = try #require(sheet.cell(.unattributed, question: "S1"))
        #expect(none.computed.reasons.map(\.description) == ["no positive or negative evidence"])
        #expect(none.suppression == .shown)
    }

    @Test func theAnalystsJudgementIsKeptBesideTheComputedOutcome() throws {
        let (_, sheet) = try sheet()
        let cell = try #require(sheet.cell(.unit("centre"), criterion: "sustainability"))
        #expect(cell.computed.ratingID == "insufficient-evidence")
        #expect(cell.judgement?.rating == "poor")
        #expect(cell.judgement?.analyst == "AN-01")
        #expect(cell.reportedRatingID == "poor")
        let (_, unjudged) = try self.sheet(judgements: false)
        #expect(
            unjudged.cell(.unit("centre"), criterion: "sustainability")?.reportedRatingID == "insufficient-evidence")
    }

    @Test func questionsAreAnsweredFromTheirOwnCodes() throws {
        let (_, sheet) = try sheet()
        // help, gap and context all link to E1; context is descriptive and moves nothing.
        let centre = try #require(sheet.cell(.unit("centre"), question: "E1"))
        #expect(centre.positive == 3)
        #expect(centre.negative == 2)
        #expect(centre.computed == .rated("partly"))
        #expect(centre.confidence == .medium)
        #expect(centre.answers.isEmpty)
        #expect(centre.score == nil)
        let outreach = try #require(sheet.cell(.unit("outreach"), question: "E1"))
        #expect(abs((outreach.balance ?? 0) - 0.2) < 1e-12)
        #expect(outreach.computed == .rated("partly"))
        let all = try #require(sheet.cell(.all, question: "E1"))
        #expect(all.respondents == 9)
        #expect(all.computed == .rated("partly"))
        #expect(all.confidence == .high)
        #expect(sheet.cell(.all, question: "S1")?.computed == .rated("no"))
    }

    @Test func strongestQuotesComeHeaviestFirstAndOnePerRespondent() throws {
        let (example, sheet) = try sheet()
        let cell = try #require(sheet.cell(.unit("outreach"), criterion: "effectiveness"))
        #expect(
            cell.positiveQuotes.map(\.text) == [
                "The group lent me money for pigs.", "The women in the group stood by me.",
                "The group meetings give us courage.",
            ])
        #expect(cell.negativeQuotes.map(\.text) == ["Outreach workers are too few for the district."])
        #expect(cell.negativeQuotes.first?.group == "government")
        #expect(cell.negativeQuotes.first?.site == "south")
        let centre = try #require(sheet.cell(.all, criterion: "effectiveness"))
        // Gap weighs 2: both gap quotes outrank every help quote.
        #expect(centre.negativeQuotes.map(\.answerID) == [example.id("a3"), example.id("a5"), example.id("a10")])
        // a3's help segment covers only its first twenty code points.
        #expect(
            centre.positiveQuotes.map(\.text).prefix(2) == [
                "The counsellor listened to me every week.", "The nurse was kind.",
            ])
    }

    @Test func breakdownBySexHidesSmallCells() throws {
        let (_, sheet) = try sheet()
        let table = try #require(sheet.disaggregation(.all, by: "sex"))
        #expect(table.rows.map(\.value) == ["female", "male", "group-answer"])
        let female = try #require(table.rows[0].cells["effectiveness"])
        #expect(female.respondents == 6)
        #expect(female.positive == 5)
        #expect(female.negative == 2)
        #expect(abs((female.balance ?? 0) - 1.0 / 9.0) < 1e-12)
        #expect(female.suppression == .shown)
        #expect(table.rows[1].cells["effectiveness"]?.suppression == .small)
        #expect(table.rows[2].cells["effectiveness"]?.suppression == .small)
        #expect(table.total.cells["effectiveness"]?.respondents == 9)
        #expect(table.total.cells["effectiveness"]?.suppression == .shown)
    }

    @Test func aLoneSmallCellTakesItsSmallestNeighbourWithIt() throws {
        let (_, sheet) = try sheet()
        let all = try #require(sheet.disaggregation(.all, by: "group"))
        #expect(all.rows.map(\.value) == ["survivor", "family", "government"])
        #expect(all.rows.map { $0.cells["effectiveness"]?.suppression } == [.shown, .small, .complementary])
        let outreach = try #require(sheet.disaggregation(.unit("outreach"), by: "group"))
        #expect(outreach.rows.map { $0.cells["effectiveness"]?.suppression } == [.complementary, .shown, .small])
        // The centre's total is hidden in the matrix, so it is hidden in its breakdowns too.
        let centre = try #require(sheet.disaggregation(.unit("centre"), by: "sex"))
        #expect(centre.total.cells["effectiveness"]?.suppression == .complementary)
    }

    @Test func ageBandsCountGroupAnswersApart() throws {
        let (_, sheet) = try sheet()
        let table = try #require(sheet.disaggregation(.all, by: "age"))
        #expect(table.rows.map(\.value) == ["up to 24", "25+", "group-answer"])
        #expect(table.rows.map { $0.cells["effectiveness"]?.respondents } == [2, 6, 1])
    }
}

extension WorkedExample {
    func id(_ name: String) -> Int64? { answers[name] }
}
