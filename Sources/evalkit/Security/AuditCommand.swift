import ArgumentParser
import EvalKitCore
import EvalKitStore
import Foundation

struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "List the audit log: who changed the project's data, what they did and when.",
        discussion: """
            Every command that changes data records a line: interviews started, resumed and consented, \
            coding, auto-coding, imports, bundles, withdrawals and key operations. A line holds the time \
            (UTC), the interviewer or analyst code, the action and the ids it touched; never an answer, a \
            note or any other content. Commands take the code from --interviewer, --coder or --actor, \
            else from EVALKIT_ACTOR, else record 'unrecorded'.
            """
    )

    @OptionGroup var projectOptions: ProjectOptions

    @Option(help: "Output format: table or json.")
    var format: AuditFormat = .table

    enum AuditFormat: String, ExpressibleByArgument, CaseIterable {
        case table
        case json
    }

    private struct Line: Encodable {
        var at: Date
        var actor: String
        var action: String
        var target: String?
    }

    func run() throws {
        let layout = try projectOptions.layout()
        let events = try openExistingStore(layout, access: .readOnly).auditEvents()
        switch format {
        case .json:
            try printJSON(events.map { Line(at: $0.at, actor: $0.actor, action: $0.action, target: $0.target) })
        case .table:
            guard !events.isEmpty else {
                print("The audit log is empty.")
                return
            }
            let rows = events.map { [DateText.iso($0.at), $0.actor, $0.action, $0.target ?? ""] }
            print(TextTable.render([["AT", "ACTOR", "ACTION", "TARGET"]] + rows))
        }
    }
}
