import ArgumentParser
import EvalKitCore
import EvalKitInstruments
import EvalKitReport
import EvalKitStore
import Foundation

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the assessment report as XML and HTML, and the coded project as REFI-QDA.",
        discussion: """
            The report follows the publisher's outline: the chapters written in Report/narrative.xml, \
            the findings of Analysis/findings.xml with supporting quotes (attributed to a respondent \
            group and a site only), the participants table and fieldwork against the sampling plan, \
            the rating matrix, the answers to the evaluation questions, the breakdowns with small \
            cells suppressed, agreement between coders, and the annexes. See docs/report.md.

            Files: report.xml (report.vi.xml in Vietnamese; checked against report.xsd before it is written; report.xsd and \
            xml.xsd are written beside it), report.html (one self-contained file) and \
            project.qdpx. Each file is written to a temporary file and renamed into place.

            Example: evalkit report --format html --language vi --project my-evaluation
            """
    )

    @OptionGroup var projectOptions: ProjectOptions

    @Option(help: "What to write: xml, html, qdpx or all.")
    var format: ReportFormatOption = .all

    @Option(help: ArgumentHelp("The folder to write into (default: the project's Exports/).", valueName: "dir"))
    var out: String?

    @Option(
        help: ArgumentHelp(
            "Language of the report: en or vi (texts without a translation stay English).", valueName: "lang"))
    var language: String = "en"

    @Flag(
        help: """
            Refuse to write anything when 'evalkit check' finds the database damaged, or while the report \
            contradicts itself (a rating its conclusions do not support) or, in Vietnamese, shows a project \
            text in English. Without it the report is a draft that lists those checks on stderr and in a \
            box at the top of the HTML.
            """)
    var final = false

    func run() throws {
        let layout = try projectOptions.layout()
        let project = try loadValidProject(layout)
        var builder = try ReportBuilder(project: project, language: language)
        builder.progress = { FileHandle.standardError.write(Data("report: \($0)\n".utf8)) }
        guard FileManager.default.fileExists(atPath: ProjectStore.path(inProject: layout.directory)) else {
            throw ReportError.noDatabase(relativePath: ProjectStore.relativePath)
        }
        let store = try openStoreWithCodebook(layout)
        var exporter = ReportExporter(builder: builder)
        exporter.final = final
        exporter.draftChecks = { checks in
            let lines = checks.map { "report: check: \($0)\n" }.joined()
            FileHandle.standardError.write(
                Data((lines + "report: a draft: resolve the \(checks.count) check(s) above, then use --final\n").utf8))
        }
        let paths = try exporter.export(format.formats, store: store, to: out ?? layout.exportsDirectory)
        for path in paths { print(path) }
    }
}

enum ReportFormatOption: String, ExpressibleByArgument, CaseIterable {
    case xml, html, qdpx, all

    var formats: [ReportFormat] {
        switch self {
        case .xml: [.xml]
        case .html: [.html]
        case .qdpx: [.qdpx]
        case .all: ReportFormat.allCases
        }
    }
}
