import EvalKitCore
import EvalKitInstruments
import EvalKitTestSupport
import Foundation
import Testing

/// What the loader says about a broken rubric or judgements file.
struct RubricLoadingTests {
    private func load(_ name: String, _ text: String, with others: [(String, String)] = []) throws -> [Diagnostic] {
        let folder = try TemporaryDirectory()
        var files: [String] = []
        for (file, body) in [(name, text)] + others {
            let path = folder.file(file)
            try Data(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + body).utf8).write(to: URL(fileURLWithPath: path))
            files.append(path)
        }
        return ProjectLoader().load(files: files, directory: folder.path).diagnostics
    }

    private func rubric(scale: String, reconciliation: String = #"<reconciliation rule="any"/>"#) -> String {
        WorkedExampleFiles.rubric
            .replacingOccurrences(
                of: #"<rating id="good" minimumBalance="0.5">\#(WorkedExampleFiles.text("Good"))</rating>"#,
                with: scale
            )
            .replacingOccurrences(
                of: #"<reconciliation rule="agreement" coders="A B" minimumCoders="2"/>"#, with: reconciliation)
    }

    @Test func theReferenceRubricLoadsClean() throws {
        let diagnostics = try load("rubric.xml", WorkedExampleFiles.rubric)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
    }

    @Test func ratingsMustGoFromBestToWorstAndEndAtMinusOne() throws {
        let unordered = rubric(
            scale: #"<rating id="good" minimumBalance="-0.5">\#(WorkedExampleFiles.text("Good"))</rating>"#)
        let messages = try load("rubric.xml", unordered).map(\.message)
        #expect(messages.contains { $0.contains("rating 'fair' needs a lower minimumBalance than 'good' (-0.5)") })
        let noFloor = WorkedExampleFiles.rubric.replacingOccurrences(
            of: #"minimumBalance="-1""#, with: #"minimumBalance="-0.9""#)
        #expect(
            try load("rubric.xml", noFloor).map(\.message).contains { $0.contains("must have minimumBalance=\"-1\"") })
    }

    @Test func designatedNeedsACoderAndAgreementEnoughCoders() throws {
        let designated = rubric(
            scale: #"<rating id="good" minimumBalance="0.5">\#(WorkedExampleFiles.text("Good"))</rating>"#,
            reconciliation: #"<reconciliation rule="designated"/>"#)
        #expect(try load("rubric.xml", designated).map(\.message).contains { $0.contains("needs coders=") })
        let agreement = rubric(
            scale: #"<rating id="good" minimumBalance="0.5">\#(WorkedExampleFiles.text("Good"))</rating>"#,
            reconciliation: #"<reconciliation rule="agreement" coders="A" minimumCoders="2"/>"#)
        #expect(
            try load("rubric.xml", agreement).map(\.message).contains { $0.contains("is more than the 1 coder(s)") })
    }

    @Test func overlappingAgeBandsAreRefusedWithTheirLine() throws {
        let overlapping = WorkedExampleFiles.rubric.replacingOccurrences(
            of: #"<band from="25"/>"#, with: #"<band from="20"/>"#)
        let diagnostics = try load("rubric.xml", overlapping)
        let overlap = try #require(diagnostics.first { $0.message.contains("overlaps") })
        #expect(
            overlap.message
                == "band 20+ overlaps up to 24: list bands in ascending order, each starting after the previous one ends"
        )
        #expect(overlap.location?.line == 17)
    }

    @Test func judgedRatingsAndCellsAreChecked() throws {
        let bad = WorkedExampleFiles.judgements
            .replacingOccurrences(of: #"rating="poor""#, with: #"rating="por""#)
            .replacingOccurrences(of: #"unit="centre""#, with: #"unit="center""#)
        let messages = try load(
            "judgements.xml", bad,
            with: [("rubric.xml", WorkedExampleFiles.rubric), ("framework.xml", WorkedExampleFiles.framework)]
        ).map(\.message)
        #expect(
            messages.contains {
                $0.contains(
                    "rating 'por' is not on the rubric's scale (good, fair, poor, insufficient-evidence). Did you mean 'poor'?"
                )
            })
        #expect(messages.contains { $0.contains("unknown unit of evaluation 'center'") })
    }

    @Test func aJudgementNamesOneTarget() throws {
        let both = WorkedExampleFiles.judgements.replacingOccurrences(
            of: #"criterion="sustainability""#, with: #"criterion="sustainability" evaluationQuestion="S1""#)
        #expect(try load("judgements.xml", both).map(\.message).contains { $0.contains("not both") })
    }

    @Test func writtenJudgementsReadBackTheSame() throws {
        let folder = try TemporaryDirectory()
        let judgement = Judgement(
            unit: "centre", target: .evaluationQuestion("E1"), rating: "good", analyst: "AN-02", date: "2026-11-23",
            justification: LocalizedText(["en": "Records & notes agree <fully>.", "vi": "Hồ sơ khớp."]))
        let path = folder.file("judgements.xml")
        try JudgementsWriter.write([judgement], to: path)
        let loaded = ProjectLoader().load(files: [path], directory: folder.path)
        #expect(loaded.diagnostics.filter { $0.severity == .error }.isEmpty)
        #expect(loaded.project.judgements == [judgement])
    }
}
