import ArgumentParser

struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Rate each unit of evaluation on each criterion from the coded evidence, by the project's rubric.",
        discussion: """
            Scoring reads every coded answer once, keeps the codes the rubric's reconciliation rule \
            accepts, and tallies positive, negative and descriptive evidence per unit and criterion \
            through each code's links to the framework. A cell below the rubric's minimum evidence is \
            'insufficient evidence', never a guess. The method, step by step: docs/scoring.md.
            """,
        subcommands: [
            ScoreMatrixCommand.self, ScoreQuestionsCommand.self, ScoreBreakdownCommand.self, ScoreExplainCommand.self,
            ScoreJudgeCommand.self,
        ],
        defaultSubcommand: ScoreMatrixCommand.self
    )
}

/// `--format` of the scoring commands.
enum ScoreFormat: String, ExpressibleByArgument, CaseIterable {
    case table
    case json
}

/// The options every scoring view shares.
struct ScoreOptions: ParsableArguments {
    @OptionGroup var projectOptions: ProjectOptions

    @Option(help: "Output format: table or json.")
    var format: ScoreFormat = .table

    @Option(help: ArgumentHelp("Language of names and ratings: en or vi.", valueName: "code"))
    var language: String = "en"
}
