import EvalKitCore
import EvalKitInstruments
import EvalKitTestSupport
import Testing

/// The narrative keeps inline emphasis and spacing; findings that name unknown ids are errors.
struct NarrativeAndFindingsLoadingTests {
    @Test func narrativeKeepsEmphasisListsAndHeadings() throws {
        let fixture = try ReportFixture()
        let summary = try #require(fixture.project.narrative?.section(.summary))
        #expect(
            summary.blocks(in: "en") == [
                .paragraph([.text("Both models helped people, in "), .emphasis("different"), .text(" ways.")]),
                .list([[.text("Centre: short stays.")], [.text("Outreach: groups.")]]),
            ])
        #expect(fixture.project.narrative?.section(.introduction)?.blocks(in: "vi").first == .heading("Background"))
    }

    @Test func findingsWithUnknownIdsAreErrors() throws {
        let findings = """
            <findings xmlns="urn:evalkit:1">
              <finding id="f1" unit="centr" criterion="effectiveness" evaluationQuestions="E9" codes="help hepl"
                       direction="mixed">
                <title><text xml:lang="en">T</text></title>
                <statement><text xml:lang="en">S</text></statement>
                <conclusion><text xml:lang="en">C</text></conclusion>
              </finding>
            </findings>
            """
        #expect(throws: ProjectFixtureError.self) { _ = try ReportFixture(findings: findings) }
        do {
            _ = try ReportFixture(findings: findings)
        } catch let error as ProjectFixtureError {
            let messages = error.diagnostics.map(\.message)
            #expect(messages.contains { $0.hasPrefix("unknown unit of evaluation 'centr' in finding 'f1'.") })
            #expect(messages.contains { $0.hasPrefix("unknown evaluation question 'E9' in finding 'f1'.") })
            #expect(messages.contains { $0.hasPrefix("unknown code 'hepl' in finding 'f1'.") })
            #expect(messages.count == 3)
        }
    }
}
