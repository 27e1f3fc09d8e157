import EvalKitReport
import EvalKitTestSupport
import Foundation
import Testing

/// The worked example's report, XML and HTML in both languages, against recorded files in
/// Golden/: a change to the published report is seen in review, not discovered by readers.
struct GoldenReportTests {
    @Test(arguments: ["en", "vi"])
    func theReportMatchesItsRecordedFiles(language: String) throws {
        let fixture = try ReportFixture()
        var builder = try ReportBuilder(project: fixture.project, language: language)
        builder.date = "2026-11-23"
        let content = try builder.build(from: fixture.store)
        let suffix = language == "en" ? "" : ".\(language)"
        let xml = String(decoding: try XMLReportFile.validatedXML(content), as: UTF8.self)
        let html = String(decoding: ReportHTMLWriter().data(content), as: UTF8.self)
        for (name, text) in [("report\(suffix).xml", xml), ("report\(suffix).html", html)] {
            let difference = try GoldenFile(name).difference(text)
            #expect(difference == nil, "\(difference ?? "")")
        }
    }
}
