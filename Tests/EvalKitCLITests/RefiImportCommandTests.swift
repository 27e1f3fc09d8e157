import EvalKitTestSupport
import EvalKitXML
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
        #expect(output.standardOutput.contains("  - 12 GUIDs in lower case: compared without regard to case"))
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

/// A project made in a real Taguette (started on 127.0.0.1 by Tests/Peers/taguette_project.py)
/// comes in as a session whose coding lies on the same characters.
struct TaguetteProjectImportTests {
    @Test(
        .enabled(
            if: TaguetteCodebookTests.python != nil
                || ProcessInfo.processInfo.environment["EVALKIT_REQUIRE_TAGUETTE"] == "1",
            "needs Taguette (pip install taguette) to make a real Taguette project"))
    func aTaguetteProjectBecomesASessionWithItsHighlights() throws {
        let python = try #require(TaguetteCodebookTests.python, "EVALKIT_REQUIRE_TAGUETTE=1 but Taguette is missing")
        let folder = try TemporaryDirectory()
        let file = folder.file("project.sqlite3")
        let driver = Process()
        driver.executableURL = URL(fileURLWithPath: python)
        driver.arguments = [Repository.path("Tests/Peers/taguette_project.py"), file]
        let pipe = Pipe()
        driver.standardOutput = pipe
        driver.standardError = FileHandle.nullDevice
        try driver.run()
        let printed = pipe.fileHandleForReading.readDataToEndOfFile()
        driver.waitUntilExit()
        #expect(driver.terminationStatus == 0)
        let expected = try #require(try JSONSerialization.jsonObject(with: printed) as? [[String: Any]])
        let project = try ScriptedProject.referenceCopy()
        let output = try EvalKitProcess.run(
            [
                "refi", "import", file, "--instrument", "survivor-centre", "--site", "lao-cai",
                "--consent-attested-by", "IV-03", "--consent-date", "2011-05-17", "--project", project.path,
            ])
        #expect(output.status == 0, "\(output.standardError)")
        #expect(output.standardOutput.contains("New sessions: 1 were made"))
        #expect(output.standardOutput.contains("- experience.debt: = experience.debt (name)"))
        // Export, and read back which characters each coded selection covers.
        let target = folder.file("out.qdpx")
        let exported = try EvalKitProcess.run(["refi", "export", "--qdpx", target, "--project", project.path])
        #expect(exported.status == 0, "\(exported.standardError)")
        let qdpx = try QDPXFile(target)
        let source = try #require(try qdpx.project().child(named: "Sources")?.children(named: "TextSource").first)
        let guid = try #require(source.attribute("guid")?.value)
        let text = Array(try qdpx.sourceText(guid: guid).unicodeScalars)
        var covered: [String] = []
        for selection in source.children(named: "PlainTextSelection") {
            let start = try #require(Int(selection.attribute("startPosition")?.value ?? ""))
            let end = try #require(Int(selection.attribute("endPosition")?.value ?? ""))
            var view = String.UnicodeScalarView()
            view.append(contentsOf: text[start..<end])
            covered.append(String(view))
        }
        let wanted = expected.flatMap { item in
            (item["tags"] as? [String] ?? []).map { _ in item["text"] as? String ?? "" }
        }
        #expect(covered.sorted() == wanted.sorted())
        #expect(covered.sorted() == ["chưa bao giờ", "chưa bao giờ", "nợ nhiều tiền"])
    }
}

/// An EvalKit export imported into a fresh project, as another tool's project would be, and
/// exported again: the same texts, the same selections, the same codes.
struct REFIRoundTripTests {
    /// Each source's text with its selections as (start, end, code name), GUIDs left aside.
    private func content(of qdpx: String) throws -> [String] {
        let file = try QDPXFile(qdpx)
        return try (file.project().child(named: "Sources")?.children(named: "TextSource") ?? []).map { source in
            let guid = try #require(source.attribute("guid")?.value)
            let text = try file.sourceText(guid: guid)
            let selections = source.children(named: "PlainTextSelection").map {
                "\($0.attribute("startPosition")?.value ?? "")-\($0.attribute("endPosition")?.value ?? "") "
                    + ($0.attribute("name")?.value ?? "")
            }.sorted()
            return ([text] + selections).joined(separator: "\n")
        }.sorted()
    }

    @Test func exportImportIntoAFreshProjectAndExportAgainIsStable() throws {
        let original = try ScriptedProject.withOneInterview(autoCoded: true)
        let folder = try TemporaryDirectory()
        let first = folder.file("first.qdpx")
        #expect(try EvalKitProcess.run(["refi", "export", "--qdpx", first, "--project", original.path]).status == 0)
        let fresh = try ScriptedProject.referenceCopy()
        let imported = try EvalKitProcess.run(
            [
                "refi", "import", first, "--instrument", "survivor-centre", "--site", "lao-cai",
                "--consent-attested-by", "IV-03", "--consent-date", "2011-05-17", "--project", fresh.path,
            ])
        #expect(imported.status == 0, "\(imported.standardError)")
        #expect(imported.standardOutput.contains("New sessions: 1 were made"))
        #expect(imported.standardOutput.contains(" 0 new;"))
        let second = folder.file("second.qdpx")
        #expect(try EvalKitProcess.run(["refi", "export", "--qdpx", second, "--project", fresh.path]).status == 0)
        let before = try content(of: first)
        #expect(!before.isEmpty)
        #expect(try content(of: second) == before)
    }

    // EvalKit's export carries site, group and profile as case variables; --map reads them back.
    @Test func caseVariablesGiveTheSessionItsSiteGroupAndProfile() throws {
        let original = try ScriptedProject.withOneInterview(autoCoded: true)
        let folder = try TemporaryDirectory()
        let exported = folder.file("first.qdpx")
        #expect(try EvalKitProcess.run(["refi", "export", "--qdpx", exported, "--project", original.path]).status == 0)
        let fresh = try ScriptedProject.referenceCopy()
        let arguments = [
            "refi", "import", exported, "--instrument", "survivor-centre", "--site", "an-giang",
            "--consent-attested-by", "IV-03", "--consent-date", "2011-05-17", "--map", "site=site",
            "--map", "age=field:age", "--map", "sex=field:sex", "--project", fresh.path,
        ]
        let imported = try EvalKitProcess.run(arguments)
        #expect(imported.status == 0, "\(imported.standardError)")
        let list = try EvalKitProcess.run(["interview", "list", "--format", "json", "--project", fresh.path])
        #expect(list.standardOutput.contains("\"site\":\"lao-cai\""))
        let id = try #require(list.standardOutput.firstMatch(of: /"id":"([0-9a-f]+)"/)?.1)
        let shown = try EvalKitProcess.run([
            "interview", "show", String(id), "--format", "json", "--project", fresh.path,
        ])
        #expect(shown.standardOutput.contains("\"age\" : \"34\""))
        #expect(shown.standardOutput.contains("\"sex\" : \"female\""))
    }

    @Test func withoutSiteASourceWhoseCaseGivesNoneIsRefused() throws {
        let original = try ScriptedProject.withOneInterview(autoCoded: true)
        let folder = try TemporaryDirectory()
        let exported = folder.file("first.qdpx")
        #expect(try EvalKitProcess.run(["refi", "export", "--qdpx", exported, "--project", original.path]).status == 0)
        let fresh = try ScriptedProject.referenceCopy()
        let refused = try EvalKitProcess.run([
            "refi", "import", exported, "--instrument", "survivor-centre", "--consent-attested-by", "IV-03",
            "--consent-date", "2011-05-17", "--map", "district=site", "--project", fresh.path,
        ])
        #expect(refused.status == 65)
        #expect(
            refused.standardError.hasSuffix(
                "its case gives no site ('district') and no --site was given; nothing was imported.\n"))
        let mapped = try EvalKitProcess.run([
            "refi", "import", exported, "--instrument", "survivor-centre", "--consent-attested-by", "IV-03",
            "--consent-date", "2011-05-17", "--map", "site=site", "--project", fresh.path,
        ])
        #expect(mapped.status == 0, "\(mapped.standardError)")
    }

    @Test func aCaseValueThatNamesNoSiteChangesNothing() throws {
        let original = try ScriptedProject.withOneInterview(autoCoded: true)
        let folder = try TemporaryDirectory()
        let exported = folder.file("first.qdpx")
        #expect(try EvalKitProcess.run(["refi", "export", "--qdpx", exported, "--project", original.path]).status == 0)
        let fresh = try ScriptedProject.referenceCopy()
        let codebook = try String(contentsOfFile: fresh.file("Instruments/codebook.xml"), encoding: .utf8)
        let refused = try EvalKitProcess.run([
            "refi", "import", exported, "--instrument", "survivor-centre", "--site", "lao-cai",
            "--consent-attested-by", "IV-03", "--consent-date", "2011-05-17", "--map", "method=site",
            "--project", fresh.path,
        ])
        #expect(refused.status == 65)
        #expect(
            refused.standardError.hasSuffix(
                "case variable 'method' = 'interview': it names no site of the framework; nothing was imported.\n"))
        #expect(try String(contentsOfFile: fresh.file("Instruments/codebook.xml"), encoding: .utf8) == codebook)
        let list = try EvalKitProcess.run(["interview", "list", "--project", fresh.path])
        #expect(list.standardOutput == "No sessions yet.\n")
    }
}
