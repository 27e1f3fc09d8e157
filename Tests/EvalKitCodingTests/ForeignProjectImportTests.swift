import EvalKitCoding
import EvalKitCore
import EvalKitImport
import EvalKitInstruments
import EvalKitStore
import EvalKitTestSupport
import Foundation
import Testing

/// A project coded in another tool comes in as sessions, coding and codes.
struct ForeignProjectImportTests {
    static let text = "Ghi chép phỏng vấn 👍.\n[before.cause] Nhà tôi nợ nhiều tiền,\nnên tôi đi.\n[before.knew] Không."

    /// Code points of the first occurrence of `part` in `text`.
    static func range(of part: String, in text: String = text) -> Range<Int> {
        let scalars = Array(text.unicodeScalars)
        let target = Array(part.unicodeScalars)
        let start = (0...(scalars.count - target.count)).first { Array(scalars[$0..<($0 + target.count)]) == target }!
        return start..<(start + target.count)
    }

    /// A .qdpx as QualCoder writes one: a user, nested codes with a description and a colour,
    /// one text source in sources/ with two coded selections (one runs past its answer).
    static func write(to path: String) throws {
        let debt = range(of: "nợ nhiều tiền")
        let across = range(of: "đi.\n[before.knew] Không")
        let qde = """
            <?xml version="1.0" encoding="utf-8"?>
            <Project xmlns="urn:QDA-XML:project:1.0" name="Field notes" origin="QualCoder 3.5">
            <Users><User guid="AAAAAAAA-0000-4000-8000-000000000001" name="Lan Anh"/></Users>
            <CodeBook><Codes>
            <Code guid="CCCCCCCC-0000-4000-8000-000000000001" name="Money" isCodable="true" color="#AA0000">\
            <Description>Anything about money.</Description>
            <Code guid="CCCCCCCC-0000-4000-8000-000000000002" name="Family debt" isCodable="true"/>
            </Code>
            </Codes></CodeBook>
            <Sources>
            <TextSource guid="DDDDDDDD-0000-4000-8000-000000000001" name="Interview 3" \
            plainTextPath="internal://DDDDDDDD-0000-4000-8000-000000000001.txt">
            <PlainTextSelection guid="EEEEEEEE-0000-4000-8000-000000000001" startPosition="\(debt.lowerBound)" \
            endPosition="\(debt.upperBound)" creatingUser="AAAAAAAA-0000-4000-8000-000000000001">
            <Coding guid="FFFFFFFF-0000-4000-8000-000000000001" creatingUser="AAAAAAAA-0000-4000-8000-000000000001">\
            <CodeRef targetGUID="CCCCCCCC-0000-4000-8000-000000000002"/></Coding>\
            <NoteRef targetGUID="99999999-0000-4000-8000-000000000001"/></PlainTextSelection>
            <PlainTextSelection guid="EEEEEEEE-0000-4000-8000-000000000002" startPosition="\(across.lowerBound)" \
            endPosition="\(across.upperBound)" creatingUser="AAAAAAAA-0000-4000-8000-000000000001">
            <Coding guid="FFFFFFFF-0000-4000-8000-000000000002" creatingUser="AAAAAAAA-0000-4000-8000-000000000001">\
            <CodeRef targetGUID="CCCCCCCC-0000-4000-8000-000000000001"/></Coding></PlainTextSelection>
            <NoteRef targetGUID="99999999-0000-4000-8000-000000000002"/>
            </TextSource>
            </Sources>
            <Notes><Note guid="99999999-0000-4000-8000-000000000001" name="memo">\
            <PlainTextContent>Nợ của cả gia đình, không chỉ của cô ấy.</PlainTextContent></Note>\
            <Note guid="99999999-0000-4000-8000-000000000002" name="about the interview">\
            <PlainTextContent>Phỏng vấn qua phiên dịch.</PlainTextContent></Note></Notes>
            </Project>
            """
        try makeZip(
            [("project.qde", Array(qde.utf8)), ("sources/DDDDDDDD-0000-4000-8000-000000000001.txt", Array(text.utf8))],
            at: path)
    }

    private struct Workspace {
        let folder: TemporaryDirectory
        let store: ProjectStore
        let project: Project
        let codebookFile: String

        init() throws {
            folder = try Repository.copy()
            project = ProjectLoader().load(try ProjectLayout(directory: folder.path)).project
            store = try ProjectStore(path: ProjectStore.path(inProject: folder.path))
            codebookFile = try #require(project.codebook?.file)
        }

        func importer() throws -> REFIImporter {
            var options = TranscriptImporter.Options(instrumentID: "survivor-centre", siteID: "lao-cai")
            options.consentAttestedBy = "IV-03"
            options.consentDate = "2011-05-17"
            var importer = REFIImporter(store: store, codebook: project.codebook)
            importer.newSessions = try TranscriptImporter(project: project, options: options)
            importer.codebookFile = codebookFile
            return importer
        }
    }

    @Test func anotherToolsSourceBecomesASessionWithItsCodingOnTheSameCharacters() throws {
        let workspace = try Workspace()
        let path = workspace.folder.file("qualcoder.qdpx")
        try Self.write(to: path)
        let report = try workspace.importer().importFile(at: path)
        #expect(report.newSessions.count == 1)
        #expect(report.addedCodes == 2)
        #expect(report.newSegments == 2)
        #expect(report.coders == ["Lan-Anh"])
        #expect(
            report.tolerated == [
                "1 selections reached beyond one question's answer (across a marker or heading): cut at its edges"
            ])
        let id = try #require(report.newSessions.first)
        let session = try #require(try workspace.store.session(id: id))
        #expect(session.importedFrom == .qdaProject)
        // A note on the whole source is a note of the session.
        #expect(try workspace.store.notes(sessionID: id).map(\.text) == ["Phỏng vấn qua phiên dịch."])
        let answers = try workspace.store.answers(sessionID: id)
        #expect(answers.map(\.questionID) == ["transcript", "before.cause", "before.knew"])
        #expect(answers.map(\.value) == ["Ghi chép phỏng vấn 👍.", "Nhà tôi nợ nhiều tiền,\nnên tôi đi.", "Không."])
        // The segments cover the same characters, relative to their answers.
        let cause = try #require(answers[1].id)
        let segments = try workspace.store.segments(answerID: cause)
        let value = Array(try #require(answers[1].value).unicodeScalars)
        func covered(_ range: Range<Int>?) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: value[try! #require(range)])
            return String(view)
        }
        let imported = "imported-qualcoder-3-5"
        #expect(segments.map(\.codeID).sorted() == ["\(imported).money", "\(imported).money.family-debt"])
        #expect(segments.first { $0.codeID.hasSuffix("family-debt") }.map { covered($0.range) } == "nợ nhiều tiền")
        // The tool's note on the selection is the segment's memo.
        #expect(
            segments.first { $0.codeID.hasSuffix("family-debt") }?.memo == "Nợ của cả gia đình, không chỉ của cô ấy.")
        #expect(segments.first { $0.codeID.hasSuffix(".money") }.map { covered($0.range) } == "đi.")
        // The codes are in the codebook file, which still loads, under their origin.
        let reloaded = ProjectLoader().load(try ProjectLayout(directory: workspace.folder.path))
        #expect(!reloaded.diagnostics.hasErrors, "\(reloaded.diagnostics)")
        let codebook = try #require(reloaded.project.codebook)
        let parent = try #require(codebook.codes.last)
        #expect(parent.id == imported)
        #expect(parent.name.english == "Imported from QualCoder 3.5")
        #expect(parent.children.map(\.use.english) == ["Anything about money."])
        #expect(parent.children.first?.colour == "#AA0000")
        #expect(parent.children.first?.children.map(\.id) == ["\(imported).money.family-debt"])
        #expect(try workspace.store.storedCodes().contains { $0.id == "\(imported).money" })
        // Importing again adds no session, no code and no segment.
        var again = try workspace.importer()
        again.codebook = codebook
        let second = try again.importFile(at: path)
        #expect(second.newSessions == [])
        #expect(second.earlierSessions == [id])
        #expect(second.addedCodes == 0)
        #expect(second.newSegments == 0)
    }

    @Test func aDryRunChangesNothing() throws {
        let workspace = try Workspace()
        let path = workspace.folder.file("qualcoder.qdpx")
        try Self.write(to: path)
        let before = try String(contentsOfFile: workspace.codebookFile, encoding: .utf8)
        var importer = try workspace.importer()
        importer.dryRun = true
        let report = try importer.importFile(at: path)
        #expect(report.newSessions.count == 1)
        #expect(report.addedCodes == 2)
        #expect(try String(contentsOfFile: workspace.codebookFile, encoding: .utf8) == before)
        #expect(try workspace.store.exportSessions().isEmpty)
    }
}

/// The shapes other programs give a project: where the texts are, what ids look like, the
/// namespace. Each imports with the selection on the same characters.
struct ForeignProjectShapeTests {
    enum Shape: String, CaseIterable, CustomTestStringConvertible {
        case standard, capitalSources, atTheRoot, elsewhereByName, inlineText, notGUIDs, lowerCaseGUIDs, colonNamespace
        var testDescription: String { rawValue }
    }

    static func write(_ shape: Shape, to path: String) throws {
        let text = ForeignProjectImportTests.text
        let debt = ForeignProjectImportTests.range(of: "nợ nhiều tiền")
        var ids = [
            "AAAAAAAA-0000-4000-8000-000000000001", "CCCCCCCC-0000-4000-8000-000000000002",
            "DDDDDDDD-0000-4000-8000-000000000001", "EEEEEEEE-0000-4000-8000-000000000001",
            "FFFFFFFF-0000-4000-8000-000000000001",
        ]
        if shape == .notGUIDs { ids = ["user-1", "code-7", "doc-3", "sel-1", "coding-1"] }
        if shape == .lowerCaseGUIDs { ids = ids.map { $0.lowercased() } }
        let namespace = shape == .colonNamespace ? "urn:QDA-XML:project:1:0" : "urn:QDA-XML:project:1.0"
        let file = "\(ids[2]).txt"
        let location = shape == .inlineText ? "" : " plainTextPath=\"internal://\(file)\""
        let inline = shape == .inlineText ? "<PlainTextContent>\(text)</PlainTextContent>" : ""
        let qde = """
            <?xml version="1.0" encoding="utf-8"?>
            <Project xmlns="\(namespace)" name="Ghi chép" origin="MAXQDA 2022">
            <Users><User guid="\(ids[0])" name="Nguyễn Coder"/></Users>
            <CodeBook><Codes><Code guid="\(ids[1])" name="Nợ gia đình" isCodable="true"/></Codes></CodeBook>
            <Sources><TextSource guid="\(ids[2])" name="Phỏng vấn 3"\(location)>\(inline)\
            <PlainTextSelection guid="\(ids[3])" startPosition="\(debt.lowerBound)" endPosition="\(debt.upperBound)" \
            creatingUser="\(ids[0])"><Coding guid="\(ids[4])" creatingUser="\(ids[0])">\
            <CodeRef targetGUID="\(ids[1])"/></Coding></PlainTextSelection></TextSource></Sources>
            </Project>
            """
        var entries: [(String, [UInt8])] = [("project.qde", Array(qde.utf8))]
        switch shape {
        case .inlineText: break
        case .capitalSources: entries.append(("Sources/\(file)", Array(text.utf8)))
        case .atTheRoot: entries.append((file, Array(text.utf8)))
        case .elsewhereByName: entries.append(("texts/v1/\(file)", Array(text.utf8)))
        default: entries.append(("sources/\(file)", Array(text.utf8)))
        }
        try makeZip(entries, at: path)
    }

    @Test(arguments: Shape.allCases)
    func everyShapeImportsWithTheSelectionOnTheSameCharacters(_ shape: Shape) throws {
        let folder = try Repository.copy()
        let project = ProjectLoader().load(try ProjectLayout(directory: folder.path)).project
        let store = try ProjectStore(path: ProjectStore.path(inProject: folder.path))
        var options = TranscriptImporter.Options(instrumentID: "survivor-centre", siteID: "lao-cai")
        options.consentAttestedBy = "IV-03"
        options.consentDate = "2011-05-17"
        var importer = REFIImporter(store: store, codebook: project.codebook)
        importer.newSessions = try TranscriptImporter(project: project, options: options)
        importer.codebookFile = try #require(project.codebook?.file)
        let path = folder.file("shape.qdpx")
        try Self.write(shape, to: path)
        let report = try importer.importFile(at: path)
        #expect(report.newSegments == 1, "\(report.warnings)")
        #expect(report.coders == ["Nguyen-Coder"])
        let id = try #require(report.newSessions.first)
        let answers = try store.answers(sessionID: id)
        let cause = try #require(answers.first { $0.questionID == "before.cause" })
        let causeID = try #require(cause.id)
        let segment = try #require(try store.segments(answerID: causeID).first)
        let value = Array(try #require(cause.value).unicodeScalars)
        var covered = String.UnicodeScalarView()
        covered.append(contentsOf: value[try #require(segment.range)])
        #expect(String(covered) == "nợ nhiều tiền")
        #expect(segment.codeID == "imported-maxqda-2022.no-gia-dinh")
    }
}
