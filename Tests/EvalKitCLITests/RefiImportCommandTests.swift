import EvalKitTestSupport
import Foundation
import Testing
import ZIPFoundation

@Suite struct RefiImportCommandTests {
    /// A real export from another tool (from outside the repository: see `SharedREFIFiles`).
    static func sample(_ name: String) throws -> String { try SharedREFIFiles.path("samples/" + name) }

    @Test func ownExportComesBackOntoItsSession() throws {
        let project = try ScriptedProject.withOneInterview(autoCoded: true)
        let folder = try TemporaryDirectory()
        let target = folder.file("project.qdpx")
        let exported = try EvalKitProcess.run(["refi", "export", "--qdpx", target, "--project", project.path])
        #expect(exported.status == 0, "\(exported.standardError)")
        let output = try EvalKitProcess.run(["refi", "import", target, "--project", project.path])
        #expect(output.status == 0, "\(output.standardError)")
        let first = output.standardOutput.split(separator: "\n").first.map(String.init) ?? ""
        #expect(first.hasPrefix("Imported 0 new coded segments ("))
        #expect(first.hasSuffix("onto 1 sessions from \(target) (from EvalKit)."))
        #expect(output.standardOutput.contains("1 text sources, 1 matched to a session; 0 coded selections"))
        #expect(!output.standardOutput.contains("Warnings:"))
    }

    @Test func theFileNameIsNotKeptInTheAuditLog() throws {
        let project = try ScriptedProject.withOneInterview(autoCoded: true)
        let folder = try TemporaryDirectory()
        let target = folder.file("Nguyen Thi Hoa interview.qdpx")
        let exported = try EvalKitProcess.run(["refi", "export", "--qdpx", target, "--project", project.path])
        #expect(exported.status == 0, "\(exported.standardError)")
        let output = try EvalKitProcess.run(["refi", "import", target, "--project", project.path])
        #expect(output.status == 0, "\(output.standardError)")
        let audit = try EvalKitProcess.run(["audit", "--format", "json", "--project", project.path])
        #expect(audit.standardOutput.contains("refi.import"))
        #expect(!audit.standardOutput.contains("Nguyen"))
    }

    @Test(.needsREFIQDAFiles) func atlasTiSampleIsReported() throws {
        let reference = try ScriptedProject.referenceCopy()
        let file = try Self.sample("atlasti-8.4--Project.qde")
        let output = try EvalKitProcess.run(["refi", "import", file, "--project", reference.path])
        #expect(output.status == 0, "\(output.standardError)")
        #expect(
            output.standardOutput.contains("6 text sources, 0 matched to a session; 5 coded selections not matched"))
        #expect(output.standardOutput.contains("Not imported (not text): 1 AudioSource, 2 PDFSource, 1 PictureSource"))
        #expect(output.standardOutput.contains("  - Coke: new\n    - full-fat Coke: new\n    - diet Coke: new\n"))
        #expect(output.standardOutput.contains("  - 2 code names use '::' for nesting"))
    }

    @Test(.needsREFIQDAFiles) func f4SampleIsReported() throws {
        let reference = try ScriptedProject.referenceCopy()
        let file = try Self.sample("f4-2025.2.9--valid-document.xml")
        let output = try EvalKitProcess.run(["refi", "import", file, "--project", reference.path])
        #expect(output.status == 0, "\(output.standardError)")
        #expect(
            output.standardOutput.contains("4 text sources, 0 matched to a session; 2 coded selections not matched"))
        #expect(output.standardOutput.contains("  - 9 GUIDs in lower case: compared without regard to case"))
    }

    @Test(.needsREFIQDAFiles) func taguetteCodebookIsReported() throws {
        let reference = try ScriptedProject.referenceCopy()
        let file = try Self.sample("taguette-1.4.1--codebook.qdc")
        let output = try EvalKitProcess.run(["refi", "import", file, "--project", reference.path])
        #expect(output.status == 0, "\(output.standardError)")
        #expect(output.standardOutput.hasPrefix("Read the codebook \(file) (from Taguette 1.4.1): 3 codes.\n"))
        #expect(output.standardOutput.contains("  - xsd:element name: new\n"))
        #expect(output.standardOutput.contains("  - an empty <Sets/> (the schema needs at least one <Set>): ignored"))
    }

    @Test func ownCodebookMatchesByGUID() throws {
        let reference = try ScriptedProject.referenceCopy()
        let folder = try TemporaryDirectory()
        let target = folder.file("codebook.qdc")
        let exported = try EvalKitProcess.run(["refi", "export", "--codebook", target, "--project", reference.path])
        #expect(exported.status == 0, "\(exported.standardError)")
        let output = try EvalKitProcess.run(["refi", "import", target, "--project", reference.path])
        #expect(output.status == 0, "\(output.standardError)")
        #expect(output.standardOutput.contains(" by name, 0 new;"))
        #expect(!output.standardOutput.contains(": new\n"))
    }

    @Test func pathTraversalIsRefusedWithExitStatus65() throws {
        let reference = try ScriptedProject.referenceCopy()
        let folder = try TemporaryDirectory()
        let target = folder.file("evil.qdpx")
        let archive = try Archive(url: URL(fileURLWithPath: target), accessMode: .create)
        let data = Data("x".utf8)
        try archive.addEntry(with: "../x", type: .file, uncompressedSize: Int64(1)) { (_: Int64, _: Int) in data }
        let output = try EvalKitProcess.run(["refi", "import", target, "--project", reference.path])
        #expect(output.status == 65)
        #expect(
            output.standardError
                == "\(target): error: unsafe archive entry '../x': its name contains '..'; nothing was imported.\n")
        #expect(output.standardOutput == "")
    }

    @Test func notAZipIsRefused() throws {
        let reference = try ScriptedProject.referenceCopy()
        let folder = try TemporaryDirectory()
        let target = try folder.write("not a zip", to: "bad.qdpx")
        let output = try EvalKitProcess.run(["refi", "import", target, "--project", reference.path])
        #expect(output.status == 65)
        #expect(
            output.standardError
                == "\(target): error: not a readable zip archive (a .qdpx file is a zip); nothing was imported.\n")
    }

    @Test func invalidXMLIsRefused() throws {
        let reference = try ScriptedProject.referenceCopy()
        let folder = try TemporaryDirectory()
        let target = try folder.write("<CodeBook><Codes>", to: "bad.qdc")
        let output = try EvalKitProcess.run(["refi", "import", target, "--project", reference.path])
        #expect(output.status == 65)
        #expect(output.standardError.hasPrefix("\(target): error: not well-formed XML: bad.qdc:"))
    }

    @Test func missingFileIsExit66() throws {
        let reference = try ScriptedProject.referenceCopy()
        let output = try EvalKitProcess.run(["refi", "import", "/nonexistent/x.qdpx", "--project", reference.path])
        #expect(output.status == 66)
        #expect(output.standardError == "/nonexistent/x.qdpx: error: no such file; nothing was imported.\n")
    }
}
