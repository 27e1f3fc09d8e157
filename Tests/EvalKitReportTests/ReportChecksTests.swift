import EvalKitInstruments
import EvalKitReport
import EvalKitScoring
import EvalKitTestSupport
import Foundation
import Testing

/// The report's analyst checks on the worked example: ratings against the directions of their
/// conclusions (centre effectiveness is fair, a middle rating, from a score of 1), and texts
/// a Vietnamese edition would show in English.
struct ReportChecksTests {
    private func clashes(_ fixture: ReportFixture) throws -> [ConclusionCheck.Clash] {
        let sheet = try Scorer(project: fixture.project).score(fixture.store)
        return ConclusionCheck(project: fixture.project, rubric: try #require(fixture.project.rubric)).clashes(
            in: sheet)
    }

    private func findings(_ replacements: [(String, String)]) -> String {
        replacements.reduce(ReportFixtureFiles.findings) { $0.replacingOccurrences(of: $1.0, with: $1.1) }
    }

    /// Fair needs a score of 1.5, so effectiveness (E1 answered partly, a score of 1) falls to
    /// poor in both units.
    private let strictRubric = ReportFixtureFiles.rubric.replacingOccurrences(
        of: #"<rating id="fair" minimumScore="0.5">"#, with: #"<rating id="fair" minimumScore="1.5">"#)

    @Test func theWorkedExampleHasNoClash() throws {
        #expect(try clashes(ReportFixture()) == [])
    }

    @Test func aLowRatingWithOnlyPositiveConclusionsClashes() throws {
        let fixture = try ReportFixture(rubric: strictRubric)
        #expect(
            try clashes(fixture) == [
                .onlyPositive(unit: "centre", criterion: "effectiveness", rating: "poor", findings: ["centre-help"]),
                .onlyPositive(
                    unit: "outreach", criterion: "effectiveness", rating: "poor", findings: ["outreach-groups"]),
            ])
    }

    @Test func anUpperRatingWithOnlyNegativeConclusionsClashes() throws {
        let generous = ReportFixtureFiles.rubric.replacingOccurrences(
            of: #"<rating id="good" minimumScore="1.5" majority="yes" vetoedBy="no">"#,
            with: #"<rating id="good" minimumScore="1">"#)
        var negative = ReportFixtureFiles.findings
        let first = try #require(negative.range(of: #"direction="positive""#))
        negative.replaceSubrange(first, with: #"direction="negative""#)
        let fixture = try ReportFixture(findings: negative, rubric: generous)
        #expect(
            try clashes(fixture) == [
                .onlyNegative(unit: "centre", criterion: "effectiveness", rating: "good", findings: ["centre-help"])
            ])
    }

    @Test func aRatingNoFindingDiscussesAndASideTakenWithoutEvidenceClash() throws {
        let fixture = try ReportFixture(
            findings: findings([
                (
                    #"id="outreach-groups" unit="outreach" criterion="effectiveness""#,
                    #"id="outreach-groups" unit="outreach" criterion="sustainability""#
                )
            ]))
        #expect(
            try clashes(fixture) == [
                .noFinding(unit: "outreach", criterion: "effectiveness", rating: "fair"),
                .directionWithoutEvidence(unit: "outreach", criterion: "sustainability", findings: ["outreach-groups"]),
            ])
    }

    @Test func aJudgementWithItsReasonResolvesAClash() throws {
        let judged = ReportFixtureFiles.judgements.replacingOccurrences(
            of: "</judgements>",
            with: """
                  <judgement unit="centre" criterion="effectiveness" rating="fair" analyst="AN-01" date="2026-12-03">
                    <justification><text xml:lang="en">Care was good; the strict rubric undervalues it.</text></justification>
                  </judgement>
                </judgements>
                """)
        #expect(
            try clashes(ReportFixture(rubric: strictRubric, judgements: judged)) == [
                .onlyPositive(
                    unit: "outreach", criterion: "effectiveness", rating: "poor", findings: ["outreach-groups"])
            ])
    }

    @Test func checksAreWordedInTheReportsLanguageWithUntranslatedTexts() throws {
        let fixture = try ReportFixture(rubric: strictRubric)
        let english = try ReportBuilder(project: fixture.project).build(from: fixture.store).checks
        #expect(
            english == [
                "Centre model × Effectiveness: rated Poor, but every conclusion about it is positive (centre-help)",
                "Outreach model × Effectiveness: rated Poor, but every conclusion about it is positive (outreach-groups)",
            ])
        let vietnamese = try ReportBuilder(project: fixture.project, language: "vi").build(from: fixture.store).checks
        #expect(vietnamese.first?.hasSuffix("nhưng mọi kết luận về nội dung này đều tích cực (centre-help)") == true)
        #expect(
            vietnamese.contains(
                "Report/narrative.xml: section 'introduction': 1 đoạn văn bản hiển thị bằng tiếng Anh vì chưa có bản dịch"
            ))
        #expect(vietnamese.contains { $0.hasPrefix("Analysis/findings.xml: finding 'centre-help': 3 đoạn") })
    }
}
