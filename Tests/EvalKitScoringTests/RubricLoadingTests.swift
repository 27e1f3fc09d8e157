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

    private func rubric(replacing old: String, with new: String) -> String {
        WorkedExampleFiles.rubric.replacingOccurrences(of: old, with: new)
    }

    private func messages(replacing old: String, with new: String) throws -> [String] {
        try load("rubric.xml", rubric(replacing: old, with: new)).map(\.message)
    }

    @Test func theReferenceRubricLoadsClean() throws {
        let diagnostics = try load("rubric.xml", WorkedExampleFiles.rubric)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
    }

    @Test func answersMustGoFromBestToWorstAndEndAtMinusOne() throws {
        #expect(
            try messages(replacing: #"id="partly" minimumBalance="-0.2""#, with: #"id="partly" minimumBalance="0.6""#)
                .contains(
                    "answer 'partly' needs a lower minimumBalance than 'yes' (0.5): list answers from best to worst"))
        #expect(
            try messages(replacing: #"minimumBalance="-0.2" points="1""#, with: #"minimumBalance="-0.2" points="2""#)
                .contains("answer 'partly' needs fewer points than 'yes' (2): a worse answer counts for less"))
        #expect(
            try messages(replacing: #"minimumBalance="-1""#, with: #"minimumBalance="-0.9""#)
                .contains { $0.hasPrefix("the last answer, 'no', must have minimumBalance=\"-1\"") })
    }

    @Test func ratingsMustGoFromBestToWorstEndAtZeroAndNameAnswers() throws {
        #expect(
            try messages(replacing: #"minimumScore="0.5""#, with: #"minimumScore="1.6""#)
                .contains(
                    "rating 'fair' needs a minimumScore no higher than 'good' (1.5): list ratings from best to worst"))
        #expect(
            try messages(
                replacing: #"<rating id="poor" minimumScore="0""#, with: #"<rating id="poor" minimumScore="0.1""#
            )
            .contains { $0.hasPrefix("the last rating, 'poor', must have minimumScore=\"0\" and no majority") })
        #expect(
            try messages(replacing: #"majority="yes""#, with: #"majority="yse""#)
                .contains("majority=\"yse\" is not an answer of <answers> (yes, partly, no). Did you mean 'yes'?"))
        #expect(
            try messages(replacing: #"<rating id="fair""#, with: #"<rating id="partly""#)
                .contains("rating 'partly' has the id of an answer: give ratings and answers different ids"))
    }

    @Test func rollUpWeightsNameQuestionsOfTheFramework() throws {
        let weighted = rubric(
            replacing: #"<rollUp minimumAnswered="1" minimumShare="0.5"/>"#,
            with: #"<rollUp><weight question="E1" value="2"/><weight question="E9" value="1"/></rollUp>"#)
        let messages = try load("rubric.xml", weighted, with: [("framework.xml", WorkedExampleFiles.framework)])
            .map(\.message)
        #expect(
            messages == ["<rollUp> weighs 'E9', which is no evaluation question of the framework. Did you mean 'E1'?"])
    }

    @Test func designatedNeedsACoderAndAgreementEnoughCoders() throws {
        let reconciliation = #"<reconciliation rule="agreement" coders="A B" minimumCoders="2"/>"#
        #expect(
            try messages(replacing: reconciliation, with: #"<reconciliation rule="designated"/>"#)
                .contains { $0.contains("needs coders=") })
        #expect(
            try messages(
                replacing: reconciliation, with: #"<reconciliation rule="agreement" coders="A" minimumCoders="2"/>"#
            )
            .contains { $0.contains("is more than the 1 coder(s)") })
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
        #expect(overlap.location?.line == 23)
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

    @Test func aQuestionIsJudgedWithAnAnswerNotARating() throws {
        let question = WorkedExampleFiles.judgements.replacingOccurrences(
            of: #"criterion="sustainability" rating="poor""#, with: #"evaluationQuestion="S1" rating="poor""#)
        let messages = try load(
            "judgements.xml", question,
            with: [("rubric.xml", WorkedExampleFiles.rubric), ("framework.xml", WorkedExampleFiles.framework)]
        ).map(\.message)
        #expect(
            messages == [
                "rating 'poor' is not among the rubric's answers (yes, partly, no, insufficient-evidence)."
            ])
    }

    @Test func aJudgementNamesOneTarget() throws {
        let both = WorkedExampleFiles.judgements.replacingOccurrences(
            of: #"criterion="sustainability""#, with: #"criterion="sustainability" evaluationQuestion="S1""#)
        #expect(try load("judgements.xml", both).map(\.message).contains { $0.contains("not both") })
    }

    @Test func writtenJudgementsReadBackTheSame() throws {
        let folder = try TemporaryDirectory()
        let judgement = Judgement(
            unit: "centre", target: .evaluationQuestion("E1"), rating: "yes", analyst: "AN-02", date: "2026-11-23",
            justification: LocalizedText(["en": "Records & notes agree <fully>.", "vi": "Hồ sơ khớp."]))
        let path = folder.file("judgements.xml")
        try JudgementsWriter.write([judgement], to: path)
        let loaded = ProjectLoader().load(files: [path], directory: folder.path)
        #expect(loaded.diagnostics.filter { $0.severity == .error }.isEmpty)
        #expect(loaded.project.judgements == [judgement])
    }
}
