import ArgumentParser
import EvalKitCore
import EvalKitInstruments
import EvalKitScoring

struct ScoreMatrixCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "matrix",
        abstract: "The unit × criterion rating matrix (the default of 'evalkit score').",
        discussion: """
            One row per unit and criterion: the computed rating (or 'insufficient evidence'), an \
            analyst's judged rating where Analysis/judgements.xml has one, the confidence, the counts of \
            positive, negative and descriptive evidence, distinct respondents and respondent groups, and \
            the balance score. Counts from fewer respondents than the rubric's minimum cell size show \
            as '<N'; '*' marks counts hidden so a small cell cannot be worked out from a total. With \
            --format json every cell also carries its strongest quotes, attributed to a group and a site.

            Exit status: 0 success, 64 wrong usage, 65 invalid project files, 66 no rubric.
            """
    )

    @OptionGroup var options: ScoreOptions

    func run() throws {
        let run = try ScoringRun(options.projectOptions)
        let sheet = try run.sheet()
        switch options.format {
        case .json: try printJSON(sheet)
        case .table: print(sheet.matrixText(labels: run.labels(options.language)), terminator: "")
        }
    }
}

struct ScoreQuestionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "questions",
        abstract: "The same roll-up per evaluation question of the framework.",
        discussion: """
            A code linked to an evaluation question is evidence for that question (and its criterion); \
            a code linked only to a criterion is not evidence for the criterion's questions.
            """
    )

    @OptionGroup var options: ScoreOptions

    func run() throws {
        let run = try ScoringRun(options.projectOptions)
        let sheet = try run.sheet()
        switch options.format {
        case .json: try printJSON(sheet.questionCells)
        case .table: print(sheet.matrixText(labels: run.labels(options.language), questions: true), terminator: "")
        }
    }
}

struct ScoreBreakdownCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "breakdown",
        abstract: "Evaluative evidence by sex, ethnicity, age band, site, respondent group or residence.",
        discussion: """
            The breakdowns are those of the rubric's <disaggregation>. Each cell shows distinct \
            respondents and the balance score; small cells and the cells that would give them away \
            are hidden, the same way in every table.
            """
    )

    @OptionGroup var options: ScoreOptions

    @Option(
        help: ArgumentHelp(
            "A breakdown of the rubric, such as sex, age, site or group (default: all).", valueName: "dimension"))
    var by: String?

    @Option(help: ArgumentHelp("A unit id, 'unattributed' or 'all'.", valueName: "unit"))
    var unit: String = "all"

    func run() throws {
        let run = try ScoringRun(options.projectOptions)
        let scope = try run.scope(unit)
        let dimensions = run.scorer.rubric.dimensions.map(\.id)
        if let by, !dimensions.contains(by) {
            throw CommandError.unknownBreakdown(by, known: dimensions)
        }
        let sheet = try run.sheet()
        let tables = sheet.disaggregation.filter { $0.scope == scope && (by == nil || $0.dimension == by) }
        switch options.format {
        case .json: try printJSON(tables)
        case .table:
            let labels = run.labels(options.language)
            print(tables.map { sheet.breakdownText($0, labels: labels) }.joined(separator: "\n"), terminator: "")
        }
    }
}
