import EvalKitCoding
import EvalKitCore
import EvalKitInstruments
import EvalKitStore
import EvalKitTestSupport
import Foundation
import Testing
import ZIPFoundation

/// Vietnamese answers (precomposed and combining accents, an emoji) coded by two coders.
private struct CodedProject {
    static let first = REFIFixture.first
    static let second = REFIFixture.second

    let fixture: REFIFixture
    var folder: TemporaryDirectory { fixture.folder }
    var store: ProjectStore { fixture.store }
    var codebook: Codebook { fixture.codebook }
    var answers: [Int64] = []

    init() throws {
        fixture = try REFIFixture(sessions: ["s1", "s2"])
        answers = [
            try fixture.answer("s1", "q-debt", Self.first), try fixture.answer("s1", "q-work", Self.second),
            try fixture.answer("s2", "q-debt", "Không có nợ."),
        ]
        try fixture.segment(answers[0], "debt", 13..<19, coder: "CD-01")
        try fixture.segment(answers[1], "forced", 7..<16, coder: "CD-01")
        try fixture.segment(answers[1], "forced", nil, coder: "CD-02")
        try fixture.segment(answers[2], "debt", 0..<5, coder: "CD-02")
    }

    /// Every segment as (answer, code, coder, range), in a stable order.
    func segments() throws -> [String] {
        try answers.flatMap { id in
            try store.segments(answerID: id).map {
                "\($0.answerID) \($0.codeID) \($0.coder) \(String(describing: $0.range))"
            }
        }.sorted()
    }

    func deleteSegments() throws {
        for id in answers {
            for segment in try store.segments(answerID: id) { try store.deleteSegment(id: segment.id!) }
        }
    }

    func exportQDPX() throws -> String {
        let path = folder.file("out/project.qdpx")
        try QDPXWriter.write(ProjectExporter(name: "test"), store: store, codebook: codebook, to: path)
        return path
    }

    var importer: REFIImporter { REFIImporter(store: store, codebook: codebook) }
}

/// Builds a zip from (name, bytes) entries, optionally declaring a smaller size for one entry.
func makeZip(_ entries: [(String, [UInt8])], at path: String, declaring: (name: String, size: UInt32)? = nil) throws {
    try? FileManager.default.removeItem(atPath: path)
    let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
    for (name, bytes) in entries {
        let data = Data(bytes)
        try archive.addEntry(
            with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate
        ) { position, size in data.subdata(in: Int(position)..<(Int(position) + size)) }
    }
    guard let declaring else { return }
    var zip = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    let name = Array(declaring.name.utf8)
    func put(_ value: UInt32, at offset: Int) {
        for index in 0..<4 { zip[offset + index] = UInt8((value >> (8 * UInt32(index))) & 0xFF) }
    }
    var index = 0
    while index + 46 < zip.count {
        if zip[index..<(index + 4)] == [0x50, 0x4B, 0x03, 0x04][...] {
            let length = Int(zip[index + 26]) | Int(zip[index + 27]) << 8
            if Array(zip[(index + 30)..<(index + 30 + length)]) == name { put(declaring.size, at: index + 22) }
        } else if zip[index..<(index + 4)] == [0x50, 0x4B, 0x01, 0x02][...] {
            let length = Int(zip[index + 28]) | Int(zip[index + 29]) << 8
            if Array(zip[(index + 46)..<(index + 46 + length)]) == name { put(declaring.size, at: index + 24) }
        }
        index += 1
    }
    try Data(zip).write(to: URL(fileURLWithPath: path))
}

@Suite struct ProjectImportTests {
    /// A real export from another tool (from outside the repository: see `SharedREFIFiles`).
    static func sample(_ name: String) throws -> String { try SharedREFIFiles.path("samples/" + name) }

    @Test func roundTripRestoresTheSegmentsExactly() throws {
        let project = try CodedProject()
        let original = try project.segments()
        #expect(original.count == 4)
        let path = try project.exportQDPX()
        try project.deleteSegments()
        #expect(try project.segments().isEmpty)
        let report = try project.importer.importFile(at: path)
        #expect(try project.segments() == original)
        #expect(report.kind == .project)
        #expect(report.matchedSessions == ["s1", "s2"])
        #expect(report.segments == 4)
        #expect(report.newSegments == 4)
        #expect(report.coders == ["CD-01", "CD-02"])
        #expect(report.warnings == [])
        #expect(report.tolerated == [])
        #expect(report.codes.map(\.match) == [.guid("debt"), .guid("forced")])
        // Importing again adds nothing.
        let again = try project.importer.importFile(at: path)
        #expect(again.newSegments == 0)
        #expect(try project.segments() == original)
    }

    @Test func changedAnswersRefuseTheirSource() throws {
        let project = try CodedProject()
        let path = try project.exportQDPX()
        try project.deleteSegments()
        _ = try project.store.addContribution(
            AnswerRecord(
                sessionID: "s2", questionID: "q-new", respondentCode: nil, status: .answered, value: "Mới.",
                recordedAt: Date()))
        let report = try project.importer.importFile(at: path)
        #expect(report.matchedSessions == ["s1"])
        #expect(
            report.warnings == [
                "source 's2': its text differs from the session's answers (the answers changed since the export); skipped"
            ])
        #expect(report.newSegments == 3)
    }

    @Test func unknownCodesAreSkippedAndReported() throws {
        let project = try CodedProject()
        let path = try project.exportQDPX()
        try project.deleteSegments()
        let other = Codebook(
            id: "other", version: "1", title: LocalizedText(english: "Other"),
            codes: [
                Code(
                    id: "debt", name: LocalizedText(english: "Debt"), use: LocalizedText(english: "x"),
                    colour: "#000000", valence: .negative)
            ])
        try project.store.replaceCodebook([
            StoredCode(
                id: "debt", parentID: nil, position: 0, label: "debt", colour: "#000000", valence: "negative",
                weight: 1, criteria: [], evaluationQuestions: [])
        ])
        let report = try REFIImporter(store: project.store, codebook: other).importFile(at: path)
        #expect(report.codes.map(\.match) == [.name("debt"), .new])
        #expect(report.warnings == ["unknown code 'Forced work', skipped"])
        #expect(report.newSegments == 2)
    }

    @Test func coderCodesAreSanitised() {
        #expect(REFIImporter.coderCode("CD-01") == "CD-01")
        #expect(REFIImporter.coderCode("Sebastian Petrausch") == "Sebastian-Petrau")
        #expect(REFIImporter.coderCode("Đức Anh") == "Duc-Anh")
        #expect(REFIImporter.coderCode("…") == "refi-import")
    }

    @Test(.needsREFIQDAFiles) func atlasTiProjectIsReadAndReported() throws {
        let project = try CodedProject()
        let report = try project.importer.importFile(at: try Self.sample("atlasti-8.4--Project.qde"))
        #expect(report.kind == .project)
        #expect(report.origin.hasPrefix("ATLAS.ti 8.4.0"))
        #expect(report.textSources == 6)
        #expect(report.matchedSessions == [])
        #expect(report.unmatchedSelections == 5)
        #expect(report.newSegments == 0)
        #expect(report.codes.count == 14)
        #expect(report.codes.filter { $0.depth == 1 }.map(\.name) == ["full-fat Coke", "diet Coke"])
        #expect(report.otherSources == ["AudioSource": 1, "PDFSource": 2, "PictureSource": 1, "VideoSource": 2])
        #expect(
            report.tolerated == [
                "a bare project file, not a .qdpx archive: the source texts are not included",
                "2 code names use '::' for nesting instead of nested <Code>s: shown nested",
            ])
        #expect(try project.segments().count == 4)
    }

    @Test(.needsREFIQDAFiles) func f4ProjectIsReadAndReported() throws {
        let report = try REFIImporter(store: nil, codebook: nil).importFile(
            at: try Self.sample("f4-2025.2.9--valid-document.xml"))
        #expect(report.origin == "f4 2025.2.9")
        #expect(report.textSources == 4)
        #expect(report.unmatchedSelections == 2)
        #expect(report.uncodedSelections == 2)
        #expect(report.codes.map(\.name) == ["Dies ist ein Test-Code"])
        #expect(report.tolerated.contains("12 GUIDs in lower case: compared without regard to case"))
    }

    @Test(.needsREFIQDAFiles) func taguetteCodebookIsReadDespiteEmptySets() throws {
        let project = try CodedProject()
        let report = try project.importer.importFile(at: try Self.sample("taguette-1.4.1--codebook.qdc"))
        #expect(report.kind == .codebook)
        #expect(report.codes.map(\.name) == ["xsd:element name", "CodeBook", "Variables"])
        #expect(report.codes.map(\.match) == [.new, .new, .new])
        #expect(report.tolerated == ["an empty <Sets/> (the schema needs at least one <Set>): ignored"])
    }

    @Test func ownCodebookMatchesByGUID() throws {
        let project = try CodedProject()
        let path = project.folder.file("codes.qdc")
        try CodebookExporter().data(for: project.codebook).write(to: URL(fileURLWithPath: path))
        let report = try project.importer.importFile(at: path)
        #expect(report.kind == .codebook)
        #expect(report.codes.map(\.match) == [.guid("debt"), .guid("forced")])
        #expect(report.tolerated == [])
    }

    /// The export's entries, with `change` applied, zipped; the segments are deleted first.
    private func refused(
        _ change: (inout [(String, [UInt8])]) -> Void, declaring: (name: String, size: UInt32)? = nil
    ) throws -> (message: String, status: EvalKitCore.ExitStatus, path: String) {
        let project = try CodedProject()
        let export = try ProjectExporter(name: "test").inMemory(store: project.store, codebook: project.codebook)
        try project.deleteSegments()
        var entries: [(String, [UInt8])] = export.sources.sorted { $0.key < $1.key }.map {
            ("sources/\($0.key).txt", Array($0.value.utf8))
        }
        entries.append(("project.qde", [UInt8](export.projectQDE)))
        change(&entries)
        let path = project.folder.file("bad.qdpx")
        try makeZip(entries, at: path, declaring: declaring)
        do {
            _ = try project.importer.importFile(at: path)
            Issue.record("the import was not refused")
            return ("", .success, path)
        } catch {
            #expect(try project.segments().isEmpty)
            return (error.description, error.exitStatus, path)
        }
    }

    @Test func pathTraversalIsRefused() throws {
        let result = try refused { $0.append(("../x", Array("x".utf8))) }
        #expect(result.status == .dataError)
        #expect(
            result.message
                == "\(result.path): error: unsafe archive entry '../x': its name contains '..'; nothing was imported.")
    }

    @Test func absolutePathIsRefused() throws {
        let result = try refused { $0.append(("/etc/evalkit", Array("x".utf8))) }
        #expect(
            result.message
                == "\(result.path): error: unsafe archive entry '/etc/evalkit': its name is an absolute path; "
                + "nothing was imported.")
    }

    @Test func backslashIsRefused() throws {
        let result = try refused { $0.append(("sources\\x.txt", Array("x".utf8))) }
        #expect(
            result.message
                == "\(result.path): error: unsafe archive entry 'sources\\x.txt': its name contains a backslash; "
                + "nothing was imported.")
    }

    @Test func zipBombIsRefused() throws {
        let bomb = [UInt8](repeating: 0x20, count: 1_000_000)
        let result = try refused(
            {
                $0.insert(("project.qde", bomb), at: 0); $0.removeLast()
            }, declaring: ("project.qde", 100))
        #expect(
            result.message
                == "\(result.path): error: unsafe archive entry 'project.qde': it inflates to more than the 100 "
                + "bytes it declares (a zip bomb?); nothing was imported.")
    }

    @Test func aBombInALaterSourceImportsNothing() throws {
        let guid = ProjectExporter.sourceGUID(sessionID: "s2")
        let result = try refused(
            { entries in
                let index = entries.firstIndex { $0.0 == "sources/\(guid).txt" }!
                entries[index].1 = [UInt8](repeating: 0x41, count: 100_000)
            }, declaring: ("sources/\(guid).txt", 5))
        #expect(
            result.message
                == "\(result.path): error: unsafe archive entry 'sources/\(guid).txt': it inflates to more than the 5 "
                + "bytes it declares (a zip bomb?); nothing was imported.")
    }

    @Test func aSourceWhoseFileIsNotInTheArchiveIsRefused() throws {
        let guid = ProjectExporter.sourceGUID(sessionID: "s2")
        let result = try refused { entries in entries.removeAll { $0.0 == "sources/\(guid).txt" } }
        #expect(result.status == .dataError)
        #expect(
            result.message
                == "\(result.path): error: the source 's2' names 'internal://\(guid).txt', which is not in the "
                + "archive; nothing was imported.")
    }

    @Test func aPositionThatIsNotANumberIsRefusedWithItsPlace() throws {
        let result = try refused { entries in
            let qde = String(decoding: entries[entries.count - 1].1, as: UTF8.self)
            let changed = qde.replacing(/startPosition="\d+"/, maxReplacements: 1) { _ in "startPosition=\"abc\"" }
            entries[entries.count - 1].1 = Array(changed.utf8)
        }
        #expect(result.status == .dataError)
        #expect(result.message.hasPrefix("\(result.path) (project.qde:"))
        #expect(
            result.message.hasSuffix(
                "error: startPosition=\"abc\" is not a whole number from 0 to 1099511627776; nothing was imported."))
    }

    @Test func oversizedEntryIsRefused() throws {
        let result = try refused({ _ in }, declaring: ("project.qde", 100 << 20))
        #expect(
            result.message
                == "\(result.path): error: unsafe archive entry 'project.qde': it declares 104857600 bytes, "
                + "more than the limit of 67108864; nothing was imported.")
    }

    @Test func invalidXMLIsRefused() throws {
        let result = try refused { entries in
            entries[entries.count - 1] = ("project.qde", Array("<Project xmlns='urn:QDA-XML:project:1.0'>".utf8))
        }
        #expect(result.status == .dataError)
        #expect(
            result.message.hasPrefix("\(result.path) (entry 'project.qde'): error: not well-formed XML: project.qde:1:")
        )
        #expect(result.message.hasSuffix("; nothing was imported."))
    }

    @Test func notAZipIsRefused() throws {
        let project = try CodedProject()
        let path = project.folder.file("not.qdpx")
        try Data("hello".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: REFIImportError.self) { try project.importer.importFile(at: path) }
        do {
            _ = try project.importer.importFile(at: path)
        } catch {
            #expect(
                error.description
                    == "\(path): error: not a readable zip archive (a .qdpx file is a zip); nothing was imported.")
        }
        #expect(try project.segments().count == 4)
    }

    @Test func missingFileIsNoInput() throws {
        do {
            _ = try REFIImporter(store: nil, codebook: nil).importFile(at: "/nonexistent/x.qdpx")
            Issue.record("no error")
        } catch {
            #expect(error.exitStatus == .noInput)
            #expect(error.description == "/nonexistent/x.qdpx: error: no such file; nothing was imported.")
        }
    }
}
