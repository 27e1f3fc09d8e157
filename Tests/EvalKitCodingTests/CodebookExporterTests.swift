import EvalKitCoding
import EvalKitCore
import EvalKitInstruments
import EvalKitTestSupport
import EvalKitXML
import Foundation
import Testing

@Suite struct CodebookExporterTests {
    /// The official schema (from outside the repository: see `SharedREFIFiles`).
    static func schema() throws -> XMLSchema {
        let bytes = try SharedREFIFiles.bytes("Codebook-mrt2019.xsd")
        return try XMLSchema(set: "refi-qda", main: "Codebook.xsd", resources: ["Codebook.xsd": bytes])
    }

    static func sample(doNotUse: String = "Không dùng cho nợ nhà: use 'debt' & <others>") -> Codebook {
        let child = Code(
            id: "harm.debt", name: LocalizedText(["en": "Debt & <bondage>", "vi": "Nợ"]),
            use: LocalizedText(english: "Money owed to a recruiter."),
            doNotUse: LocalizedText(english: doNotUse),
            example: LocalizedText(english: "\"I owed them 30 million\""), colour: "#c08a5b",
            valence: .negative)
        let grandchild = Code(
            id: "harm.debt.family", name: LocalizedText(english: "Family debt"),
            use: LocalizedText(english: "Debt of the family."), colour: "#123ABC", valence: .negative)
        var withGrandchild = child
        withGrandchild.children = [grandchild]
        let parent = Code(
            id: "harm", name: LocalizedText(english: "Harm"), use: LocalizedText(english: "Any harm."),
            colour: "#5D4037", valence: .descriptive, children: [withGrandchild])
        let other = Code(
            id: "support", name: LocalizedText(english: "Support"), use: LocalizedText(english: "Help received."),
            colour: "#1A4C8B", valence: .positive)
        return Codebook(
            id: "sample", version: "1", title: LocalizedText(english: "Sample"), codes: [parent, other])
    }

    static func export(_ codebook: Codebook) throws -> XMLDocument {
        let data = try CodebookExporter().data(for: codebook)
        return try XMLDocument.parse([UInt8](data), fileName: "sample.qdc")
    }

    @Test(.needsREFIQDAFiles)
    func sampleValidatesAgainstTheOfficialSchema() throws {
        let document = try Self.export(Self.sample())
        #expect(document.validate(against: try Self.schema()).map(\.description) == [])
    }

    @Test(.needsREFIQDAFiles)
    func referenceCodebookValidates() throws {
        let result = ProjectLoader().load(try ProjectLayout(directory: Repository.root))
        let document = try Self.export(try #require(result.project.codebook))
        #expect(document.validate(against: try Self.schema()).map(\.description) == [])
    }

    @Test func referenceCodebookKeepsItsTopLevelCodes() throws {
        let result = ProjectLoader().load(try ProjectLayout(directory: Repository.root))
        let codebook = try #require(result.project.codebook)
        let document = try Self.export(codebook)
        let codes = document.root.child(named: "Codes")?.children(named: "Code") ?? []
        #expect(codes.count == codebook.codes.count)
        #expect(codes.first?.attribute("name")?.value == codebook.codes.first?.name.english)
    }

    @Test func rootNamesAndNesting() throws {
        let root = try Self.export(Self.sample()).root
        #expect(root.name == "CodeBook")
        #expect(root.namespace == CodebookExporter.namespace)
        #expect(root.attribute("origin")?.value == "EvalKit")
        let top = root.child(named: "Codes")?.children(named: "Code") ?? []
        #expect(top.map { $0.attribute("name")?.value } == ["Harm", "Support"])
        let debt = try #require(top.first?.children(named: "Code").first)
        #expect(debt.attribute("name")?.value == "Debt & <bondage>")
        #expect(debt.attribute("isCodable")?.value == "true")
        #expect(debt.children(named: "Code").map { $0.attribute("name")?.value } == ["Family debt"])
        #expect(
            debt.child(named: "Description")?.text
                == "Money owed to a recruiter.\nDo not use: Không dùng cho nợ nhà: use 'debt' & <others>\n"
                + "Example: \"I owed them 30 million\"")
    }

    @Test func colourAttribute() throws {
        let top = try Self.export(Self.sample()).root.child(named: "Codes")?.children(named: "Code") ?? []
        #expect(top.first?.attribute("color")?.value == "#5D4037")
        #expect(top.first?.children(named: "Code").first?.attribute("color")?.value == "#C08A5B")
    }

    @Test func guidsAreStableAndDistinct() throws {
        func guids(_ codebook: Codebook) throws -> [String] {
            var found: [String] = []
            func visit(_ element: XMLElement) {
                if let guid = element.attribute("guid")?.value { found.append(guid) }
                element.children.forEach(visit)
            }
            visit(try Self.export(codebook).root)
            return found
        }
        let first = try guids(Self.sample())
        #expect(first.count == 4)
        #expect(Set(first).count == 4)
        #expect(try guids(Self.sample(doNotUse: "changed text")) == first)
        #expect(first[0] == CodebookExporter.guid(codebookID: "sample", codeID: "harm"))
        #expect(CodebookExporter.guid(codebookID: "other", codeID: "harm") != first[0])
        let pattern = /[0-9A-F]{8}-[0-9A-F]{4}-8[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}/
        #expect(first.allSatisfy { $0.wholeMatch(of: pattern) != nil })
    }

    @Test func doNotUseLabelIsNotRepeated() throws {
        let code = Self.sample(doNotUse: "Do not use for help received.").codes[0].children[0]
        #expect(
            CodebookExporter.description(of: code)
                == "Money owed to a recruiter.\nDo not use for help received.\nExample: \"I owed them 30 million\"")
    }

    @Test(.needsREFIQDAFiles)
    func schemaRejectsACodeWithoutGUID() throws {
        let broken = """
            <CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code name="x" isCodable="true"/></Codes></CodeBook>
            """
        let document = try XMLDocument.parse(Array(broken.utf8), fileName: "broken.qdc")
        #expect(!document.validate(against: try Self.schema()).isEmpty)
    }

    @Test func emptyCodebookIsADataError() {
        let empty = Codebook(id: "empty", version: "1", title: LocalizedText(english: "Empty"), codes: [])
        #expect(throws: CodebookExportError.self) { try CodebookExporter().data(for: empty) }
    }
}
