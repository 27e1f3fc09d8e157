import EvalKitTestSupport
import Foundation
import Testing

/// Runs the real `evalkit` binary and checks what a person sees and the exit status.
struct InstrumentCommandTests {
    @Test func validateOnTheReferenceCaseSucceeds() throws {
        let output = try EvalKitProcess.run(["instrument", "validate"], in: Repository.root)
        #expect(output.status == 0)
        #expect(output.standardOutput == "Checked 16 files: 0 errors, 0 warnings.\n")
        #expect(output.standardError == "")
    }

    @Test func validateWorksFromAnyFolderWithProject() throws {
        let output = try EvalKitProcess.run(["instrument", "validate", "--project", Repository.root], in: "/")
        #expect(output.status == 0)
    }

    @Test func brokenCopyGetsFileLineColumnErrorsAndExit65() throws {
        let folder = try TemporaryDirectory()
        let original = try String(contentsOfFile: Repository.path("Instruments/survivor-centre.xml"), encoding: .utf8)
        let broken = original.replacingOccurrences(of: "ref=\"work.current\"", with: "ref=\"work.curent\"")
        let path = try folder.write(broken, to: "copy.xml")
        let output = try EvalKitProcess.run(["instrument", "validate", path], in: Repository.root)
        #expect(output.status == 65)
        let lines = output.standardError.split(separator: "\n")
        #expect(!lines.isEmpty)
        #expect(lines.allSatisfy { $0.hasPrefix("\(path):") && $0.contains(": error: unknown question 'work.curent'") })
        #expect(lines.allSatisfy { $0.hasSuffix("Did you mean 'work.current'?") })
        #expect(output.standardOutput.hasPrefix("Checked 1 file: \(lines.count) errors, 0 warnings."))
    }

    @Test func missingFileExits66() throws {
        let output = try EvalKitProcess.run(["instrument", "validate", "nowhere.xml"], in: Repository.root)
        #expect(output.status == 66)
        #expect(output.standardError == "nowhere.xml: error: no such file\n")
    }

    @Test func folderThatIsNotAProjectExits66WithAHint() throws {
        let folder = try TemporaryDirectory()
        let output = try EvalKitProcess.run(["instrument", "list", "--project", folder.path])
        #expect(output.status == 66)
        #expect(
            output.standardError
                == "error: '\(folder.path)' is not an EvalKit project: it has no Instruments/ or Consent/ folder. "
                + "Pass the project folder with --project DIR.\n")
    }

    @Test func listAsJSONHasEveryGuide() throws {
        let output = try EvalKitProcess.run(["instrument", "list", "--format", "json"], in: Repository.root)
        #expect(output.status == 0)
        let rows = try JSONSerialization.jsonObject(with: Data(output.standardOutput.utf8)) as? [[String: Any]]
        let ids = rows?.compactMap { $0["id"] as? String } ?? []
        #expect(ids.count == 10)
        #expect(ids.contains("verbal-consent"))
        let codebook = rows?.first { $0["kind"] as? String == "codebook" }
        #expect(codebook?["id"] as? String == "reintegration-codes")
        #expect((codebook?["codes"] as? Int ?? 0) >= 30)
        let outreach = rows?.first { $0["id"] as? String == "survivor-outreach" }
        #expect(outreach?["unit"] as? String == "outreach")
        #expect(outreach?["languages"] as? [String] == ["en", "vi"])
    }

    @Test func listShowsTheCodebookWithItsNumberOfCodes() throws {
        let output = try EvalKitProcess.run(["instrument", "list"], in: Repository.root)
        #expect(output.status == 0)
        let row = output.standardOutput.split(separator: "\n").first { $0.hasPrefix("reintegration-codes ") }
        let cells = row?.split(separator: " ") ?? []
        #expect(cells.prefix(3) == ["reintegration-codes", "codebook", "1"])
        #expect(row?.contains(" codes ") == true)
        #expect(cells.suffix(2) == ["en", "vi"])
    }

    @Test func showPrintsAnOutlineInTheChosenLanguage() throws {
        let english = try EvalKitProcess.run(["instrument", "show", "survivor-centre"], in: Repository.root)
        #expect(english.status == 0)
        #expect(english.standardOutput.hasPrefix("survivor-centre v1: "))
        #expect(english.standardOutput.contains("asked only if: work.current = no"))
        #expect(english.standardOutput.split(separator: "\n").allSatisfy { $0.count <= 80 || !$0.contains(" ") })
        let vietnamese = try EvalKitProcess.run(
            ["instrument", "show", "survivor-centre", "--language", "vi"], in: Repository.root)
        #expect(vietnamese.standardOutput.contains("anh/chị"))
    }

    @Test func showAsJSONMirrorsTheXML() throws {
        let output = try EvalKitProcess.run(
            ["instrument", "show", "survivor-centre", "--format", "json"], in: Repository.root)
        let object = try JSONSerialization.jsonObject(with: Data(output.standardOutput.utf8)) as? [String: Any]
        #expect(object?["id"] as? String == "survivor-centre")
        let sections = object?["sections"] as? [[String: Any]] ?? []
        let questions = sections.flatMap { $0["questions"] as? [[String: Any]] ?? [] }
        let reasons = questions.first { $0["id"] as? String == "work.reasons-not" }
        #expect((reasons?["conditions"] as? [[String: Any]])?.first?["equals"] as? [String] == ["no"])
        #expect((reasons?["answer"] as? [String: Any])?["type"] as? String == "multiple")
    }

    @Test func unknownGuideIsAUsageErrorWithASuggestion() throws {
        let output = try EvalKitProcess.run(["instrument", "show", "survivor-center"], in: Repository.root)
        #expect(output.status == 64)
        #expect(
            output.standardError.hasPrefix(
                "error: no guide with id 'survivor-center' in this project. Did you mean 'survivor-centre'?"))
    }

    @Test func unknownOptionIsAUsageError() throws {
        let output = try EvalKitProcess.run(["instrument", "list", "--colour"], in: Repository.root)
        #expect(output.status == 64)
        #expect(output.standardError.hasPrefix("error: unknown option '--colour'"))
    }

    @Test func helpExplainsEveryInstrumentCommand() throws {
        let output = try EvalKitProcess.run(["instrument", "--help"])
        #expect(output.status == 0)
        for command in ["validate", "list", "show", "schema"] { #expect(output.standardOutput.contains(command)) }
        let validate = try EvalKitProcess.run(["instrument", "validate", "--help"])
        #expect(validate.standardOutput.contains("file:line:column: error: message"))
        #expect(validate.standardOutput.contains("--missing-translations <lang>"))
    }

    @Test func schemaIsWrittenForOtherTools() throws {
        let folder = try TemporaryDirectory()
        let output = try EvalKitProcess.run(["instrument", "schema", "--out", folder.path])
        #expect(output.status == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(
            names == [
                "codebook.xsd", "consent.xsd", "contacts.xsd", "evalkit-common.xsd", "evalkit.xsd", "findings.xsd",
                "framework.xsd", "instrument.xsd", "judgements.xsd", "narrative.xsd", "redactions.xsd", "rubric.xsd",
                "xml.xsd",
            ])
    }
}
