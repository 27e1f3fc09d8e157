import EvalKitTestSupport
import Foundation
import Testing

@testable import EvalKitStore

/// `evalkit report` end to end, on the fixture's project folder.
struct ReportCommandTests {
    @Test func writesEveryFormatIntoTheExportsFolder() throws {
        let fixture = try ReportFixture()
        let out = fixture.folder.file("Exports")
        let output = try EvalKitProcess.run(["report", "--format", "all", "--project", fixture.folder.path])
        #expect(output.status == 0, "\(output.standardError)")
        #expect(
            output.standardOutput
                == ["report.xml", "report.html", "project.qdpx"].map {
                    (out as NSString).appendingPathComponent($0)
                }
                .joined(separator: "\n") + "\n")
        #expect(output.standardError.contains("report: scoring: 11 coded answers read"))
        let files = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        #expect(files == ["project.qdpx", "report.html", "report.xml", "report.xsd", "xml.xsd"])
    }

    @Test func quotesInThePublishedReportAreRedacted() throws {
        let fixture = try ReportFixture()
        let list = """
            <?xml version="1.0" encoding="UTF-8"?>
            <redactions xmlns="urn:evalkit:1" id="redactions" version="1"><name>Pigs</name></redactions>
            """
        try Data(list.utf8).write(to: URL(fileURLWithPath: fixture.folder.file("Analysis/redactions.xml")))
        let output = try EvalKitProcess.run(["report", "--format", "all", "--project", fixture.folder.path])
        #expect(output.status == 0, "\(output.standardError)")
        for name in ["report.html", "report.xml"] {
            let text = try String(contentsOfFile: fixture.folder.file("Exports/\(name)"), encoding: .utf8)
            #expect(text.contains("The group lent me money for [name]."), "\(name)")
            #expect(!text.contains("pigs"), "\(name)")
        }
    }

    @Test func aDraftListsItsChecksAndFinalRefusesToWriteIt() throws {
        let strict = ReportFixtureFiles.rubric.replacingOccurrences(
            of: #"<rating id="fair" minimumScore="0.5">"#, with: #"<rating id="fair" minimumScore="1.5">"#)
        let fixture = try ReportFixture(rubric: strict)
        let clash = "Centre model × Effectiveness: rated Poor, but every conclusion about it is positive (centre-help)"
        let draft = try EvalKitProcess.run(["report", "--format", "html", "--project", fixture.folder.path])
        #expect(draft.status == 0, "\(draft.standardError)")
        #expect(draft.standardError.contains("report: check: \(clash)\n"))
        let html = try String(contentsOfFile: fixture.folder.file("Exports/report.html"), encoding: .utf8)
        #expect(html.contains("<h2 id=\"checks\">Analyst checks</h2>"))
        #expect(html.contains("<li>\(clash)</li>"))
        try FileManager.default.removeItem(atPath: fixture.folder.file("Exports"))
        let final = try EvalKitProcess.run(["report", "--final", "--project", fixture.folder.path])
        #expect(final.status == 65)
        #expect(
            final.standardError.hasSuffix(
                "error: the report still has 2 analyst checks, so --final wrote nothing:\n  - \(clash)\n  - "
                    + "Outreach model × Effectiveness: rated Poor, but every conclusion about it is positive "
                    + "(outreach-groups)\n"))
        #expect(!FileManager.default.fileExists(atPath: fixture.folder.file("Exports/report.xml")))
        #expect(!FileManager.default.fileExists(atPath: fixture.folder.file("Exports/project.qdpx")))
    }

    @Test func finalPassesWhenNothingContradictsInEnglish() throws {
        let fixture = try ReportFixture()
        let output = try EvalKitProcess.run(["report", "--final", "--format", "html", "--project", fixture.folder.path])
        #expect(output.status == 0, "\(output.standardError)")
        #expect(!output.standardError.contains("check"))
        let html = try String(contentsOfFile: fixture.folder.file("Exports/report.html"), encoding: .utf8)
        #expect(!html.contains("Analyst checks"))
    }

    /// A report to publish comes only from a sound database: --final runs `evalkit check` first.
    @Test func finalRefusesADamagedDatabase() throws {
        let fixture = try ReportFixture()
        try fixture.store.rawExecute(
            "UPDATE segment SET start = 0, \"end\" = 5000 WHERE id = (SELECT MIN(id) FROM segment)")
        let output = try EvalKitProcess.run(["report", "--final", "--project", fixture.folder.path])
        #expect(output.status == 65)
        #expect(output.standardError.contains("error: the project database has 1 problem, so --final wrote nothing"))
        #expect(output.standardError.contains(": its range "))
        #expect(!FileManager.default.fileExists(atPath: fixture.folder.file("Exports/report.xml")))
        let draft = try EvalKitProcess.run(["report", "--format", "html", "--project", fixture.folder.path])
        #expect(draft.status == 0, "a draft is still made: \(draft.standardError)")
    }

    @Test func anUnknownLanguageIsAUsageError() throws {
        let fixture = try ReportFixture()
        let output = try EvalKitProcess.run(["report", "--language", "fr", "--project", fixture.folder.path])
        #expect(output.status == 64)
        #expect(output.standardError == "error: language 'fr' is not supported; use en or vi\n")
    }

    @Test func aProjectWithoutNarrativeIsMissingInput() throws {
        let fixture = try ReportFixture()
        try FileManager.default.removeItem(atPath: fixture.folder.file("Report/narrative.xml"))
        let output = try EvalKitProcess.run(["report", "--project", fixture.folder.path])
        #expect(output.status == 66)
        #expect(
            output.standardError
                == "error: the project has no narrative: add Report/narrative.xml (see docs/report.md)\n")
        #expect(!FileManager.default.fileExists(atPath: fixture.folder.file("Exports")))
    }

    @Test func aProjectWithoutDatabaseIsMissingInput() throws {
        let fixture = try ReportFixture()
        try FileManager.default.removeItem(atPath: fixture.folder.file(".evalkit"))
        let output = try EvalKitProcess.run(["report", "--format", "html", "--project", fixture.folder.path])
        #expect(output.status == 66)
        #expect(
            output.standardError
                == "error: the project has no database yet (.evalkit/project.sqlite): run interviews or import coding first\n"
        )
    }
}
