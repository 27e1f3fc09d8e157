import ArgumentParser
import EvalKitCore
import EvalKitInstruments
import EvalKitScoring

struct ScoreExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "List the evidence behind one cell: every counted code with its quote and where it came from.",
        discussion: """
            UNIT is a unit id, 'unattributed' or 'all'; TARGET is a criterion or an evaluation question. \
            The list names answers and sessions so the team can trace a rating to what was said: it is \
            for the analysis team only and must never be published.

            Example: evalkit score explain centre effectiveness
            """
    )

    @OptionGroup var options: ScoreOptions

    @Argument(help: ArgumentHelp("A unit id, 'unattributed' or 'all'.", valueName: "unit"))
    var unit: String

    @Argument(help: ArgumentHelp("A criterion or evaluation question id.", valueName: "target"))
    var target: String

    func run() throws {
        let run = try ScoringRun(options.projectOptions)
        let scope = try run.scope(unit)
        let target = try run.target(target)
        let labels = run.labels(options.language)
        let explainer = EvidenceExplainer(scorer: run.scorer, store: try run.openStore())
        if options.format == .table { print(EvidenceExplainer.warning + "\n") }
        // One pass: the entries as they are read, then the cell they make.
        let cell = try explainer.forEachEntry(scope: scope, target: target) { entry in
            switch options.format {
            case .json: print(try jsonLine(entry))
            case .table: print(EvidenceExplainer.line(entry, labels: labels))
            }
        }
        if options.format == .table { print("\n" + EvidenceExplainer.summary(cell, labels: labels), terminator: "") }
    }
}
