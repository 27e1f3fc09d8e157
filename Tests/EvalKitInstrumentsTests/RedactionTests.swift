import EvalKitCore
import EvalKitInstruments
import EvalKitTestSupport
import Foundation
import Testing

/// Names and places from the project's list are masked in published text.
struct RedactorTests {
    private let redactor = Redactor(terms: [
        .init(text: "Hoa", replacement: "[name]"),
        .init(text: "Bát Xát", replacement: "[place]"),
        .init(text: "Lào Cai city", replacement: "[place]"),
        .init(text: "Lào Cai", replacement: "[place]"),
    ])

    @Test func masksWholeWordsIgnoringCaseAccentsAndSpacing() {
        #expect(
            redactor.redact("Chị HOA went from bat  xat to Lào Cai city, then Hoà stayed.")
                == "Chị [name] went from [place] to [place], then [name] stayed.")
    }

    /// A term inside a longer word is not masked; a hyphen ends a word.
    @Test func leavesWordsThatMerelyContainATerm() {
        #expect(redactor.redact("Hoang and Khoa met in Lào Caiville.") == "Hoang and Khoa met in Lào Caiville.")
        #expect(redactor.redact("hoa-binh") == "[name]-binh")
    }

    /// Decomposed accents (a base letter and a combining mark) are masked with their letter.
    @Test func masksDecomposedAccentsWithTheirLetter() {
        let decomposed = "Ba\u{0301}t Xa\u{0301}t!"
        #expect(redactor.redact(decomposed) == "[place]!")
    }

    @Test func mapsPositionsThroughReplacements() {
        let result = redactor.redactWithMap("Hoa said Bát Xát is far")
        #expect(result.text == "[name] said [place] is far")
        #expect(result.replacements.map(\.original) == [0..<3, 9..<16])
        #expect(result.position(4, isEnd: false) == 7)  // "said"
        #expect(result.position(1, isEnd: false) == 0)  // inside "Hoa": the mask's start
        #expect(result.position(2, isEnd: true) == 6)  // inside "Hoa": the mask's end
        #expect(result.position(23, isEnd: true) == 26)
        #expect(result.originalPosition(7, isEnd: false) == 4)
        #expect(result.originalPosition(26, isEnd: true) == 23)
        #expect(result.originalPosition(14, isEnd: false) == 9)
    }

    @Test func anEmptyListChangesNothing() {
        #expect(Redactor.none.redact("Hoa") == "Hoa")
        #expect(Redactor(terms: [.init(text: "  ", replacement: "[name]")]).isEmpty)
    }
}

struct RedactionListTests {
    private func project(redactions: String) throws -> (TemporaryDirectory, ProjectLoader.Result) {
        let folder = try TemporaryDirectory()
        try FileManager.default.createDirectory(atPath: folder.file("Consent"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: folder.file("Analysis"), withIntermediateDirectories: true)
        _ = try folder.write(redactions, to: "Analysis/redactions.xml")
        return (folder, ProjectLoader().load(try ProjectLayout(directory: folder.path)))
    }

    @Test func theListIsReadFromAnalysisFolder() throws {
        let (_, result) = try project(
            redactions: """
                <redactions xmlns="urn:evalkit:1" id="redactions" version="1">
                  <name>Hoa</name>
                  <place> Bát Xát </place>
                </redactions>
                """)
        #expect(result.diagnostics.isEmpty)
        let list = try #require(result.project.redactions)
        #expect(
            list.entries == [
                .init(text: "Hoa", category: .name), .init(text: "Bát Xát", category: .place),
            ])
        #expect(result.project.redactor.redact("Hoa, bat xat") == "[name], [place]")
    }

    @Test func anUnknownElementIsASchemaErrorWithItsPlace() throws {
        let (folder, result) = try project(
            redactions: """
                <redactions xmlns="urn:evalkit:1" id="redactions" version="1">
                  <person>Hoa</person>
                </redactions>
                """)
        let messages = result.diagnostics.map(\.description)
        #expect(messages.count == 1)
        #expect(messages.first?.hasPrefix(folder.file("Analysis/redactions.xml") + ":2:") == true)
        #expect(messages.first?.contains("person") == true)
        #expect(result.project.redactions == nil)
    }

    @Test func aRepeatedEntryIsAWarning() throws {
        let (folder, result) = try project(
            redactions: """
                <redactions xmlns="urn:evalkit:1" id="redactions" version="1">
                  <name>Hoa</name>
                  <name>HOA</name>
                </redactions>
                """)
        #expect(
            result.diagnostics.map(\.description) == [
                "\(folder.file("Analysis/redactions.xml")):3:3: warning: 'HOA' is listed twice"
            ])
    }
}
