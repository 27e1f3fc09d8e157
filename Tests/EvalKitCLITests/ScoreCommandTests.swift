import EvalKitTestSupport
import Foundation
import Testing

/// `evalkit score` end to end on a copy of the reference case with one auto-coded interview.
struct ScoreCommandTests {
    private func project() throws -> TemporaryDirectory {
        let folder = try ScriptedProject.withOneInterview(autoCoded: true)
        try Repository.copy(["Analysis"], into: folder)
        return folder
    }

    @Test func theMatrixRatesNothingFromOneInterview() throws {
        let folder = try project()
        let output = try EvalKitProcess.run(["score", "--project", folder.path])
        #expect(output.status == 0, "\(output.standardError)")
        let lines = output.standardOutput.split(separator: "\n")
        #expect(lines.first?.hasPrefix("Unit") == true)
        // 3 scopes (two units, all) × 6 criteria, a header and the legend.
        #expect(lines.count == 1 + 18 + 1)
        #expect(lines.dropFirst().dropLast().allSatisfy { $0.contains("insufficient evidence") })
        #expect(output.standardError.contains("Scoring coded answers"))
    }

    @Test func jsonHidesSmallCellsAndCarriesNoCounts() throws {
        let folder = try project()
        let output = try EvalKitProcess.run(["score", "--format", "json", "--project", folder.path])
        #expect(output.status == 0, "\(output.standardError)")
        let json = try JSONSerialization.jsonObject(with: Data(output.standardOutput.utf8)) as? [String: Any]
        let cells = try #require(json?["criterionCells"] as? [[String: Any]])
        #expect(cells.count == 18)
        let relevance = try #require(
            cells.first { $0["unit"] as? String == "centre" && $0["criterion"] as? String == "relevance" })
        #expect(relevance["computedRating"] as? String == "insufficient-evidence")
        #expect(relevance["insufficientBecause"] as? [String] == ["0 of 6 evaluation questions answered (1 needed)"])
        #expect(
            (relevance["answers"] as? [[String: Any]])?.map { $0["question"] as? String } == [
                "R1", "R2", "R3", "R4", "R5", "R6",
            ])
    }

    @Test func explainingACriterionShowsItsQuestionsBeforeTheEvidence() throws {
        let folder = try project()
        let output = try EvalKitProcess.run(["score", "explain", "centre", "relevance", "--project", folder.path])
        #expect(output.status == 0, "\(output.standardError)")
        let text = output.standardOutput
        let questions = try #require(text.range(of: "Questions (the answers it rolls up):"))
        #expect(text.contains("  R3: insufficient evidence · "))
        let evidence = try #require(text.range(of: "experience.debt"))
        #expect(questions.lowerBound < evidence.lowerBound)
        #expect(text.contains("R3 · "))
    }

    @Test func explainListsEachCountedCodeWithItsSentence() throws {
        let folder = try project()
        let output = try EvalKitProcess.run(["score", "explain", "centre", "R3", "--project", folder.path])
        #expect(output.status == 0, "\(output.standardError)")
        #expect(output.standardOutput.contains("experience.debt"))
        #expect(output.standardOutput.contains("“Gia đình tôi mắc nợ nhiều.”"))
        #expect(output.standardOutput.contains("never publish it"))
    }

    @Test func aJudgementIsWrittenReportedAndRemoved() throws {
        let folder = try project()
        let judged = try EvalKitProcess.run([
            "score", "judge", "centre", "efficiency", "--rating", "insufficient-evidence", "--analyst", "AN-01",
            "-j", "No budget data were shared.", "--project", folder.path,
        ])
        #expect(judged.status == 0, "\(judged.standardError)")
        let file = try String(contentsOfFile: folder.file("Analysis/judgements.xml"), encoding: .utf8)
        #expect(file.contains(#"unit="centre" criterion="efficiency" rating="insufficient-evidence" analyst="AN-01""#))
        let matrix = try EvalKitProcess.run(["score", "explain", "centre", "efficiency", "--project", folder.path])
        #expect(matrix.standardOutput.contains("Judged: insufficient evidence by AN-01"))
        let removed = try EvalKitProcess.run([
            "score", "judge", "centre", "efficiency", "--remove", "--project", folder.path,
        ])
        #expect(removed.status == 0)
        let again = try EvalKitProcess.run([
            "score", "judge", "centre", "efficiency", "--remove", "--project", folder.path,
        ])
        #expect(again.status == 65)
        #expect(again.standardError.contains("there is no judgement of centre × efficiency"))
    }

    @Test func badArgumentsAreUsageErrors() throws {
        let folder = try project()
        let unit = try EvalKitProcess.run(["score", "explain", "center", "relevance", "--project", folder.path])
        #expect(unit.status == 64)
        #expect(unit.standardError.contains("Did you mean 'centre'?"))
        let rating = try EvalKitProcess.run([
            "score", "judge", "centre", "relevance", "--rating", "great", "--analyst", "AN-01", "-j", "x",
            "--project", folder.path,
        ])
        #expect(rating.status == 64)
        #expect(rating.standardError.contains("is not on the rubric's scale"))
        let breakdown = try EvalKitProcess.run(["score", "breakdown", "--by", "gender", "--project", folder.path])
        #expect(breakdown.status == 64)
    }

    @Test func anAnalystCodeMustNotBeANameOrBlank() throws {
        let folder = try project()
        let before = try String(contentsOfFile: folder.file("Analysis/judgements.xml"), encoding: .utf8)
        for code in ["", "Nguyen Thi Lan"] {
            let output = try EvalKitProcess.run([
                "score", "judge", "centre", "relevance", "--rating", "satisfactory", "--analyst", code, "-j", "x",
                "--project", folder.path,
            ])
            #expect(output.status == 64)
            #expect(
                output.standardError.contains(
                    "analyst code '\(code)' is not valid: use 1 to 16 letters, digits or '-' (never a name)."))
        }
        #expect(try String(contentsOfFile: folder.file("Analysis/judgements.xml"), encoding: .utf8) == before)
    }

    @Test func aProjectWithoutARubricIsMissingInput() throws {
        let folder = try ScriptedProject.withOneInterview(autoCoded: true)
        let output = try EvalKitProcess.run(["score", "--project", folder.path])
        #expect(output.status == 66)
        #expect(output.standardError.contains("add Analysis/rubric.xml"))
    }
}
