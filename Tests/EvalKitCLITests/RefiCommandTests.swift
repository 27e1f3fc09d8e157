import EvalKitCore
import EvalKitTestSupport
import EvalKitXML
import Foundation
import Testing
import ZIPFoundation

@Suite struct RefiCommandTests {
    @Test func exportsACodebookAtomically() throws {
        let reference = try ScriptedProject.referenceCopy()
        let folder = try TemporaryDirectory()
        let target = folder.file("out/codebook.qdc")
        let output = try EvalKitProcess.run(["refi", "export", "--codebook", target, "--project", reference.path])
        #expect(output.status == 0, "\(output.standardError)")
        #expect(output.standardOutput.contains("to \(target)."))
        let document = try XMLDocument.parse([UInt8](Data(contentsOf: URL(fileURLWithPath: target))), fileName: "c.qdc")
        #expect(document.root.name == "CodeBook")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.file("out")) == ["codebook.qdc"])
    }

    @Test(.needsREFIQDAFiles) func exportedCodebookValidatesAgainstTheOfficialSchema() throws {
        let reference = try ScriptedProject.referenceCopy()
        let folder = try TemporaryDirectory()
        let target = folder.file("codebook.qdc")
        let output = try EvalKitProcess.run(["refi", "export", "--codebook", target, "--project", reference.path])
        #expect(output.status == 0, "\(output.standardError)")
        let schemaBytes = try SharedREFIFiles.bytes("Codebook-mrt2019.xsd")
        let schema = try XMLSchema(set: "refi-qda", main: "Codebook.xsd", resources: ["Codebook.xsd": schemaBytes])
        let document = try XMLDocument.parse([UInt8](Data(contentsOf: URL(fileURLWithPath: target))), fileName: "c.qdc")
        #expect(document.validate(against: schema).map(\.description) == [])
    }

    @Test func sameGUIDsOnEveryExport() throws {
        let reference = try ScriptedProject.referenceCopy()
        let folder = try TemporaryDirectory()
        for name in ["a.qdc", "b.qdc"] {
            let output = try EvalKitProcess.run(
                ["refi", "export", "--codebook", folder.file(name), "--project", reference.path])
            #expect(output.status == 0, "\(output.standardError)")
        }
        let first = try Data(contentsOf: URL(fileURLWithPath: folder.file("a.qdc")))
        let second = try Data(contentsOf: URL(fileURLWithPath: folder.file("b.qdc")))
        #expect(first == second)
    }

    @Test func missingCodebookOptionIsAUsageError() throws {
        let reference = try ScriptedProject.referenceCopy()
        let folder = try TemporaryDirectory()
        let output = try EvalKitProcess.run(["refi", "export", "--project", reference.path], in: folder.path)
        #expect(output.status == 64)
        #expect(
            output.standardError
                == "error: nothing to export: give --codebook FILE.qdc and/or --qdpx FILE.qdpx.\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [])
    }

    @Test func unwritableTargetFails() throws {
        let reference = try ScriptedProject.referenceCopy()
        let folder = try TemporaryDirectory()
        let blocker = try folder.write("not a folder", to: "blocker")
        let output = try EvalKitProcess.run(
            ["refi", "export", "--codebook", blocker + "/codebook.qdc", "--project", reference.path])
        #expect(output.status == 73)
        #expect(output.standardError.contains("cannot be created"))
    }

    @Test func exportsAQDPXWithOnlyTheProjectAndSources() throws {
        let project = try ScriptedProject.withOneInterview(autoCoded: true)
        let folder = try TemporaryDirectory()
        let target = folder.file("out/project.qdpx")
        let output = try EvalKitProcess.run(["refi", "export", "--qdpx", target, "--project", project.path])
        #expect(output.status == 0, "\(output.standardError)")
        #expect(output.standardOutput.contains("Exported 1 sources"))
        #expect(output.standardOutput.contains("to \(target)."))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.file("out")) == ["project.qdpx"])
        let qdpx = try QDPXFile(target)
        let paths = qdpx.paths
        #expect(paths.filter { $0 == "project.qde" }.count == 1)
        let sources = paths.filter { $0 != "project.qde" }
        #expect(sources.count == 1)
        #expect(sources.allSatisfy { $0.wholeMatch(of: /sources\/[0-9A-F-]{36}\.txt/) != nil })
        let qde = try qdpx.contents("project.qde")
        let document = try XMLDocument.parse([UInt8](qde), fileName: "project.qde")
        let source = try #require(document.root.child(named: "Sources")?.children(named: "TextSource").first)
        let guid = try #require(source.attribute("guid")?.value)
        #expect(source.attribute("plainTextPath")?.value == "internal://\(guid).txt")
        let text = try qdpx.sourceText(guid: guid)
        #expect(text.contains("Gia đình tôi mắc nợ nhiều."))
        #expect(!source.children(named: "PlainTextSelection").isEmpty)
        let scalars = Array(text.unicodeScalars)
        for selection in source.children(named: "PlainTextSelection") {
            let start = try #require(Int(selection.attribute("startPosition")?.value ?? ""))
            let end = try #require(Int(selection.attribute("endPosition")?.value ?? ""))
            #expect(0 <= start && start <= end && end <= scalars.count)
        }
        let sessionID = try #require(source.attribute("name")?.value)
        let shown = try EvalKitProcess.run(
            ["interview", "show", sessionID, "--format", "json", "--project", project.path])
        #expect(shown.status == 0, "\(shown.standardError)")
        let session = try #require(
            try JSONSerialization.jsonObject(with: Data(shown.standardOutput.utf8)) as? [String: Any])
        let codes = (session["respondents"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
        #expect(codes == ["A-SURV-001"])
        for code in codes {
            #expect(!String(decoding: qde, as: UTF8.self).contains(code))
            #expect(!text.contains(code))
        }
    }

    @Test(.needsREFIQDAFiles) func exportedQDPXValidatesAgainstTheOfficialSchema() throws {
        let project = try ScriptedProject.withOneInterview(autoCoded: true)
        let folder = try TemporaryDirectory()
        let target = folder.file("project.qdpx")
        let output = try EvalKitProcess.run(["refi", "export", "--qdpx", target, "--project", project.path])
        #expect(output.status == 0, "\(output.standardError)")
        let qde = try QDPXFile(target).contents("project.qde")
        let schemaBytes = try SharedREFIFiles.bytes("Project-mrt2019.xsd")
        let schema = try XMLSchema(
            set: "refi-qda-project", main: "Project.xsd", resources: ["Project.xsd": schemaBytes])
        let document = try XMLDocument.parse([UInt8](qde), fileName: "project.qde")
        #expect(document.validate(against: schema).map(\.description) == [])
    }

    @Test func qdpxToAnUnwritablePlaceFails() throws {
        let project = try ScriptedProject.withOneInterview()
        let folder = try TemporaryDirectory()
        let blocker = try folder.write("not a folder", to: "blocker")
        let output = try EvalKitProcess.run(
            ["refi", "export", "--qdpx", blocker + "/project.qdpx", "--project", project.path])
        #expect(output.status == 73)
        #expect(output.standardError.contains("cannot be created"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["blocker"])
    }
}

/// The CSV codebook read by Taguette's own importer, when Taguette is installed.
struct TaguetteCodebookTests {
    /// Python with Taguette importable, if any.
    static let python: String? = {
        let path = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map { "\($0)/python3" }
        let candidates = path + ["/usr/bin/python3", "/usr/local/bin/python3"]
        for candidate in candidates where FileManager.default.isExecutableFile(atPath: candidate) {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: candidate)
            process.arguments = ["-c", "import taguette.import_codebook"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            guard (try? process.run()) != nil else { continue }
            process.waitUntilExit()
            if process.terminationStatus == 0 { return candidate }
        }
        return nil
    }()

    @Test func theCSVCodebookHasOneQuotedRowPerCode() throws {
        let reference = try ScriptedProject.referenceCopy()
        let folder = try TemporaryDirectory()
        let target = folder.file("codes.csv")
        let output = try EvalKitProcess.run(["refi", "export", "--codebook", target, "--project", reference.path])
        #expect(output.status == 0, "\(output.standardError)")
        let text = try String(contentsOfFile: target, encoding: .utf8)
        let lines = text.components(separatedBy: "\r\n")
        #expect(lines.first == "\"tag\",\"description\"")
        #expect(lines.count == 46 + 2)
        #expect(lines[1].hasPrefix("\"experience\",\"Trafficking experience: Group for what happened"))
        #expect(lines[2].hasPrefix("\"experience.outmigration\",\"Reasons for leaving to work away: "))
    }

    @Test(
        .enabled(
            if: TaguetteCodebookTests.python != nil
                || ProcessInfo.processInfo.environment["EVALKIT_REQUIRE_TAGUETTE"] == "1",
            "needs Taguette (pip install taguette) to read the CSV codebook with Taguette's own importer"))
    func taguetteReadsTheCSVCodebook() throws {
        let python = try #require(Self.python, "EVALKIT_REQUIRE_TAGUETTE=1 but Taguette is not installed")
        let reference = try ScriptedProject.referenceCopy()
        let folder = try TemporaryDirectory()
        let target = folder.file("codes.csv")
        let output = try EvalKitProcess.run(["refi", "export", "--codebook", target, "--project", reference.path])
        #expect(output.status == 0, "\(output.standardError)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [
            "-c",
            "import json, sys\nfrom taguette.import_codebook import list_tags\n"
                + "print(json.dumps(list_tags(open(sys.argv[1], 'rb'))))",
            target,
        ]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let tags = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: String]])
        #expect(tags.count == 46)
        #expect(tags.first?["path"] == "experience")
        #expect(tags.first?["description"]?.hasPrefix("Trafficking experience: ") == true)
        #expect(tags.contains { $0["path"] == "experience.outmigration" })
    }
}
