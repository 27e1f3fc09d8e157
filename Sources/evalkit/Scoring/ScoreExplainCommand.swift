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
        switch options.format {
        case .json:
            try explainer.forEachEntry(scope: scope, target: target) { print(try jsonLine($0)) }
        case .table:
            // Two passes: the cell and its questions first, then the evidence behind them.
            print(EvidenceExplainer.warning + "\n")
            print(EvidenceExplainer.summary(try explainer.cell(scope: scope, target: target), labels: labels))
            try explainer.forEachEntry(scope: scope, target: target) {
                print(EvidenceExplainer.line($0, labels: labels))
            }
        }
    }
}
