import EvalKitCoding
import EvalKitCore
import EvalKitInstruments
import EvalKitStore
import EvalKitTestSupport
import EvalKitXML
import Foundation
import Testing

/// A project with Vietnamese answers (precomposed and combining accents, an emoji) and segments
/// by two coders, exported in memory.
private struct VietnameseProject {
    static let first = REFIFixture.first
    static let second = REFIFixture.second

    let fixture: REFIFixture
    var folder: TemporaryDirectory { fixture.folder }
    var store: ProjectStore { fixture.store }
    var codebook: Codebook { fixture.codebook }
    var respondentCodes: [String] = []

    init() throws {
        fixture = try REFIFixture(sessions: ["s1", "s2", "s3"])
        for session in ["s1", "s2", "s3"] {
            respondentCodes.append(
                try store.allocateRespondent(
                    sessionID: session, siteID: "lao-cai", siteCode: "A", respondentGroup: "survivors",
                    groupCode: "SURV", seat: nil
                ).code)
        }
        try store.setProfileValue(respondentCode: respondentCodes[0], fieldID: "sex", value: "female")
        let debtAnswer = try fixture.answer("s1", "q-debt", Self.first)
        let workAnswer = try fixture.answer("s1", "q-work", Self.second)
        try fixture.segment(debtAnswer, "debt", 13..<19, coder: "CD-01")  // "mắc nợ"
        try fixture.segment(workAnswer, "forced", 7..<16, coder: "CD-01")  // "e\u{301}p làm 👍"
        try fixture.segment(workAnswer, "forced", nil, coder: "auto")  // the whole answer
        try fixture.segment(try fixture.answer("s2", "q-debt", "Không có nợ."), "debt", 0..<5, coder: "CD-02")
        _ = try fixture.answer("s2", "q-work", "")  // empty: not in the source
        // s3 has no answers: no source.
    }

    func export() throws -> ProjectExporter.InMemory {
        try ProjectExporter(name: "Vietnamese test").inMemory(store: store, codebook: codebook)
    }
}

@Suite struct ProjectExporterTests {
    /// The official project schema (from outside the repository: see `SharedREFIFiles`); it
    /// includes and imports no other file.
    static func schema() throws -> XMLSchema {
        let bytes = try SharedREFIFiles.bytes("Project-mrt2019.xsd")
        return try XMLSchema(set: "refi-qda-project", main: "Project.xsd", resources: ["Project.xsd": bytes])
    }

    static func selections(_ root: XMLElement) -> [(source: String, selection: XMLElement)] {
        let sources = root.child(named: "Sources")?.children(named: "TextSource") ?? []
        return sources.flatMap { source in
            source.children(named: "PlainTextSelection").map { (source.attribute("guid")?.value ?? "", $0) }
        }
    }

    static func substring(_ text: String, _ start: Int, _ end: Int) -> String {
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[start..<end])
        return String(result)
    }

    @Test(.needsREFIQDAFiles) func projectValidatesAgainstTheOfficialSchema() throws {
        let export = try VietnameseProject().export()
        let document = try XMLDocument.parse([UInt8](export.projectQDE), fileName: "project.qde")
        #expect(document.validate(against: try Self.schema()).map(\.description) == [])
    }

    @Test func projectRootNamesItsOrigin() throws {
        let export = try VietnameseProject().export()
        let document = try XMLDocument.parse([UInt8](export.projectQDE), fileName: "project.qde")
        #expect(document.root.name == "Project")
        #expect(document.root.namespace == ProjectExporter.namespace)
        #expect(document.root.attribute("origin")?.value == "EvalKit")
        #expect(document.root.attribute("name")?.value == "Vietnamese test")
    }

    @Test func usersSourcesAndCodes() throws {
        let project = try VietnameseProject()
        let export = try project.export()
        let root = try XMLDocument.parse([UInt8](export.projectQDE), fileName: "project.qde").root
        let users = root.child(named: "Users")?.children(named: "User") ?? []
        #expect(users.map { $0.attribute("name")?.value } == ["CD-01", "CD-02", "auto"])
        #expect(users.first?.attribute("guid")?.value == ProjectExporter.userGUID(coder: "CD-01"))
        let codes = root.child(named: "CodeBook")?.child(named: "Codes")?.children(named: "Code") ?? []
        #expect(codes.map { $0.attribute("name")?.value } == ["Debt", "Forced work"])
        #expect(codes.first?.attribute("guid")?.value == CodebookExporter.guid(codebookID: "vi-codes", codeID: "debt"))
        let sources = root.child(named: "Sources")?.children(named: "TextSource") ?? []
        #expect(sources.map { $0.attribute("name")?.value } == ["s1", "s2"])
        let guid = ProjectExporter.sourceGUID(sessionID: "s1")
        #expect(sources.first?.attribute("plainTextPath")?.value == "internal://\(guid).txt")
        #expect(Set(export.sources.keys) == [guid, ProjectExporter.sourceGUID(sessionID: "s2")])
        #expect(
            export.sources[guid]
                == "[q-debt] \(VietnameseProject.first)\n\n[q-work] \(VietnameseProject.second)")
        #expect(export.sources[ProjectExporter.sourceGUID(sessionID: "s2")] == "[q-debt] Không có nợ.")
        #expect(export.summary == .init(users: 3, cases: 3, sources: 2, selections: 4, skippedSegments: 0))
    }

    @Test func selectionsPointAtTheCodedTextInCodePoints() throws {
        let project = try VietnameseProject()
        let export = try project.export()
        let root = try XMLDocument.parse([UInt8](export.projectQDE), fileName: "project.qde").root
        let selections = Self.selections(root)
        #expect(selections.count == 4)
        // Hand-checked: "[q-debt] " is 9 code points; "mắc nợ" is code points 13..<19 of the answer.
        let first = try #require(selections.first?.selection)
        #expect(first.attribute("startPosition")?.value == "22")
        #expect(first.attribute("endPosition")?.value == "28")
        let text = try #require(export.sources[ProjectExporter.sourceGUID(sessionID: "s1")])
        #expect(Self.substring(text, 22, 28) == "mắc nợ")
        let coded = selections.map { source, selection in
            Self.substring(
                export.sources[source] ?? "", Int(selection.attribute("startPosition")?.value ?? "") ?? 0,
                Int(selection.attribute("endPosition")?.value ?? "") ?? 0)
        }
        #expect(coded == ["mắc nợ", "e\u{301}p làm 👍", VietnameseProject.second, "Không"])
        let codings = selections.compactMap { $0.selection.child(named: "Coding") }
        #expect(codings.count == 4)
        #expect(
            codings.first?.child(named: "CodeRef")?.attribute("targetGUID")?.value
                == CodebookExporter.guid(codebookID: "vi-codes", codeID: "debt"))
        #expect(
            selections.map { $0.selection.attribute("creatingUser")?.value }
                == ["CD-01", "CD-01", "auto", "CD-02"].map(ProjectExporter.userGUID(coder:)))
    }

    @Test func guidsAreStableAndDistinct() throws {
        let project = try VietnameseProject()
        let first = try project.export()
        let second = try project.export()
        #expect(first.projectQDE == second.projectQDE)
        var guids: [String] = []
        func visit(_ element: XMLElement) {
            if let guid = element.attribute("guid")?.value { guids.append(guid) }
            element.children.forEach(visit)
        }
        visit(try XMLDocument.parse([UInt8](first.projectQDE), fileName: "project.qde").root)
        // Users, codes, session variables, cases, sources, selections, codings.
        #expect(guids.count == 3 + 2 + 4 + 3 + 2 + 4 + 4)
        #expect(Set(guids).count == guids.count)
    }

    @Test func noRespondentCodeIsExported() throws {
        let project = try VietnameseProject()
        let export = try project.export()
        let qde = String(decoding: export.projectQDE, as: UTF8.self)
        #expect(project.respondentCodes.count == 3)
        for code in project.respondentCodes {
            #expect(!qde.contains(code))
            #expect(export.sources.values.allSatisfy { !$0.contains(code) })
        }
        #expect(!qde.contains("female"))
    }

    fileprivate static func exportWithCaseVariables(_ project: VietnameseProject) throws -> ProjectExporter.InMemory {
        let exporter = ProjectExporter(
            name: "Vietnamese test",
            caseVariables: [.init(id: "sex", isInteger: false), .init(id: "age", isInteger: true)])
        return try exporter.inMemory(store: project.store, codebook: project.codebook)
    }

    @Test(.needsREFIQDAFiles) func casesAndVariablesValidate() throws {
        let export = try Self.exportWithCaseVariables(try VietnameseProject())
        let document = try XMLDocument.parse([UInt8](export.projectQDE), fileName: "project.qde")
        #expect(document.validate(against: try Self.schema()).map(\.description) == [])
    }

    @Test func casesCarryProfileVariablesButNoRespondentCode() throws {
        let project = try VietnameseProject()
        let export = try Self.exportWithCaseVariables(project)
        let root = try XMLDocument.parse([UInt8](export.projectQDE), fileName: "project.qde").root
        let variables = root.child(named: "Variables")?.children(named: "Variable") ?? []
        #expect(
            variables.map { "\($0.attribute("name")?.value ?? ""):\($0.attribute("typeOfVariable")?.value ?? "")" } == [
                "site:Text", "unit:Text", "respondentGroup:Text", "method:Text", "sex:Text", "age:Integer",
            ])
        let cases = root.child(named: "Cases")?.children(named: "Case") ?? []
        #expect(cases.map { $0.attribute("name")?.value } == ["Case 1", "Case 2", "Case 3"])
        // The first respondent's sex is female; no unit is set, so it is left out.
        let values = cases.first?.children(named: "VariableValue").compactMap { $0.children.last?.text } ?? []
        #expect(values == ["lao-cai", "survivors", "interview", "female"])
        #expect(
            cases.first?.child(named: "SourceRef")?.attribute("targetGUID")?.value
                == ProjectExporter.sourceGUID(sessionID: "s1"))
        let text = String(decoding: export.projectQDE, as: UTF8.self)
        for code in project.respondentCodes { #expect(!text.contains(code)) }
    }

    @Test(.needsREFIQDAFiles) func schemaRejectsASelectionWithoutPositions() throws {
        let broken = """
            <Project xmlns="urn:QDA-XML:project:1.0" name="x"><Sources>\
            <TextSource guid="042D00A2-5DEE-8BED-B348-1127C1CB8C28" plainTextPath="internal://a.txt">\
            <PlainTextSelection guid="042D00A2-5DEE-8BED-B348-1127C1CB8C29"/></TextSource></Sources></Project>
            """
        let document = try XMLDocument.parse(Array(broken.utf8), fileName: "broken.qde")
        #expect(!document.validate(against: try Self.schema()).isEmpty)
    }

    @Test func writesAQDPXAndLeavesNoTemporaryFile() throws {
        let project = try VietnameseProject()
        let target = project.folder.file("out/project.qdpx")
        let summary = try QDPXWriter.write(
            ProjectExporter(name: "test"), store: project.store, codebook: project.codebook, to: target)
        #expect(summary.sources == 2)
        #expect(try FileManager.default.contentsOfDirectory(atPath: project.folder.file("out")) == ["project.qdpx"])
        let bytes = try Data(contentsOf: URL(fileURLWithPath: target))
        #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]))
    }
}
