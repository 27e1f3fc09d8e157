import EvalKitCoding
import EvalKitCore
import EvalKitInstruments
import EvalKitReport
import EvalKitStore
import Testing

/// What the report shows of the fixture, worked out by hand from its sessions and from the
/// worked example of docs/scoring.md.
struct ReportContentTests {
    private func content(language: String = "en") throws -> (ReportFixture, ReportContent) {
        let fixture = try ReportFixture()
        var builder = try ReportBuilder(project: fixture.project, language: language)
        builder.date = "2026-11-23"
        return (fixture, try builder.build(from: fixture.store))
    }

    @Test func participantsAreCountedPerSiteAndTopLevelGroup() throws {
        let (_, report) = try content()
        let rows = report.participants.rows.map {
            "\($0.site) \($0.group) \($0.interviews) \($0.interviewParticipants) \($0.fgds) \($0.fgdParticipants)"
        }
        // The social-affairs official counts under government; the declined session nowhere.
        #expect(
            rows == [
                "north survivor 2 2 0 0", "north family 1 1 0 0", "north government 1 1 0 0",
                "south survivor 2 2 1 3", "south government 1 1 0 0", "capital government 1 1 0 0",
            ])
        let total = report.participants.total
        #expect(total.interviews == 8)
        #expect(total.fgds == 1)
        #expect(total.fgdParticipants == 3)
        #expect(total.participants == 11)
        #expect(report.participants.byGroup.map(\.participants) == [7, 1, 3])
    }

    @Test func fieldworkComparesThePlanWithWhatWasAchieved() throws {
        let (_, report) = try content()
        let north = try #require(report.fieldwork.rows.first { $0.site == "north" && $0.group == "survivor" })
        #expect(north.plannedInterviews == 3)
        #expect(north.achievedInterviews == 2)
        #expect(north.interviewGap == -1)
        #expect(north.fgdParticipantGap == -6)
        let official = try #require(report.fieldwork.rows.first { $0.site == "north" && $0.group == "government" })
        #expect(official.plannedInterviews == 2)
        #expect(official.interviewGap == -1)
        let south = try #require(report.fieldwork.rows.first { $0.site == "south" && $0.group == "survivor" })
        #expect(south.fgdParticipantGap == -3)
    }

    @Test func findingsAreNumberedAcrossUnitsWithQuotesOfTheirCodes() throws {
        let (_, report) = try content()
        let centre = try #require(report.results.first { $0.scope == "centre" })
        let outreach = try #require(report.results.first { $0.scope == "outreach" })
        #expect(centre.findings.map(\.number) == [1, 2])
        #expect(outreach.findings.map(\.number) == [3])
        // The centre's effectiveness and E1 cells are suppressed, and scoring keeps no quotes for them.
        #expect(centre.findings[0].quotes == [])
        let quotes = outreach.findings[0].quotes
        #expect(quotes.count == 2)
        #expect(quotes.allSatisfy { $0.groupName == "Survivors" && $0.siteName == "South" })
        #expect(quotes.map(\.text).contains("The women in the group stood by me."))
    }

    @Test func ratingsShowTheEvidenceAndTheJudgement() throws {
        let (_, report) = try content()
        let centre = try #require(report.results.first { $0.scope == "centre" })
        let effectiveness = try #require(centre.ratings.first { $0.criterion == "effectiveness" })
        #expect(effectiveness.computed == "fair")
        #expect(effectiveness.confidence == "medium")
        #expect(effectiveness.judged == nil)
        let sustainability = try #require(centre.ratings.first { $0.criterion == "sustainability" })
        #expect(sustainability.judged == "poor")
        #expect(sustainability.judgedName == "Poor")
        #expect(sustainability.justification?.contains("no follow-up") == true)
        #expect(report.results.map(\.scope) == ["centre", "outreach", "unattributed", "all"])
    }

    @Test func suppressedCellsCarryNoNumber() throws {
        let (_, report) = try content()
        let cells = report.disaggregation.flatMap { ($0.rows + [$0.total]).flatMap(\.cells) }
        let hidden = cells.filter { $0.state != .shown }
        #expect(!hidden.isEmpty)
        #expect(hidden.allSatisfy { $0.respondents == nil && $0.balance == nil })
        let sex = try #require(report.disaggregation.first { $0.scope == "centre" && $0.dimension == "sex" })
        #expect(sex.total.cells.first { $0.criterion == "effectiveness" }?.state == .complementary)
    }

    @Test func agreementIsComputedForTheRubricsTwoCoders() throws {
        let (_, report) = try content()
        #expect(report.agreement.coders == ["A", "B"])
        #expect(report.agreement.overall?.units == 11)
    }

    @Test func vietnameseFallsBackToEnglishWhereATextHasNoTranslation() throws {
        let (_, report) = try content(language: "vi")
        #expect(report.blocks(.summary) == [.paragraph([.text("Cả hai mô hình đều giúp đỡ mọi người.")])])
        #expect(report.blocks(.methodology) == [.paragraph([.text("Interviews and one group discussion.")])])
    }

    @Test func aProjectWithoutNarrativeIsMissingInput() throws {
        let fixture = try ReportFixture()
        var project = fixture.project
        project.narrative = nil
        let error = #expect(throws: MissingProjectPart.self) { _ = try ReportBuilder(project: project) }
        #expect(error == MissingProjectPart(.narrative))
        #expect(error?.exitStatus == .noInput)
        #expect(
            error?.description == "error: the project has no narrative: add Report/narrative.xml (see docs/report.md)")
    }
}
