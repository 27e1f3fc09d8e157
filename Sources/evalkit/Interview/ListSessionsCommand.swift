import ArgumentParser
import EvalKitCore
import EvalKitInstruments
import EvalKitStore
import Foundation

struct ListSessionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the project's sessions: guide, site, group, status, start and number of answers.",
        discussion: "Sessions that did not come through the runner (imported transcripts) are marked imported."
    )

    @OptionGroup var projectOptions: ProjectOptions

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    struct Row: Encodable {
        var id: String
        var instrument: String
        var method: String
        var site: String
        var respondentGroup: String
        var status: String
        var started: String
        var answers: Int
        /// Where an imported session came from (`transcript`); absent for runner sessions.
        var imported: String? = nil
    }

    func run() throws {
        let layout = try projectOptions.layout()
        let path = ProjectStore.path(inProject: layout.directory)
        guard FileManager.default.fileExists(atPath: path) else {
            if format == .json { print("[]") } else { print("No sessions yet.") }
            return
        }
        let store = try openProjectStore(path: path, access: .readOnly)
        // Streamed: a national programme has tens of thousands of sessions.
        var first = true
        if format == .json { print("[", terminator: "") }
        try store.forEachSession { session in
            let row = Row(
                id: session.id, instrument: session.instrumentID, method: session.method.rawValue, site: session.siteID,
                respondentGroup: session.respondentGroup, status: session.status.rawValue,
                started: DateText.iso(session.startedAt), answers: try store.answerCount(sessionID: session.id),
                imported: session.importedFrom?.rawValue)
            if format == .json {
                print((first ? "\n" : ",\n") + (try jsonLine(row)), terminator: "")
            } else {
                if first { print(Self.header) }
                print(Self.line(row))
            }
            first = false
        }
        if format == .json { print(first ? "]" : "\n]") } else if first { print("No sessions yet.") }
    }

    static let header = line(
        Row(
            id: "SESSION", instrument: "GUIDE", method: "", site: "SITE", respondentGroup: "GROUP", status: "STATUS",
            started: "STARTED", answers: 0), answers: "ANSWERS")

    static func line(_ row: Row, answers: String? = nil) -> String {
        [
            row.id.padding(10), row.instrument.padding(20), row.site.padding(11), row.respondentGroup.padding(17),
            (row.status + (row.imported == nil ? "" : " (imported)")).padding(22), row.started.padding(21),
            answers ?? String(row.answers),
        ].joined(separator: " ")
    }
}

extension String {
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}

enum DateText {
    static func iso(_ date: Date) -> String {
        date.formatted(
            .iso8601.year().month().day().dateSeparator(.dash).time(includingFractionalSeconds: false).timeSeparator(
                .colon)) + "Z"
    }
}
