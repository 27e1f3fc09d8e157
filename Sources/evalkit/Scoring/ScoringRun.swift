import EvalKitCore
import EvalKitInstruments
import EvalKitScoring
import EvalKitStore

/// A loaded project and its scorer: what every scoring command starts from.
struct ScoringRun {
    let layout: ProjectLayout
    let project: Project
    let scorer: Scorer

    init(_ projectOptions: ProjectOptions) throws {
        layout = try projectOptions.layout()
        project = try loadValidProject(layout)
        scorer = try Scorer(project: project)
    }

    /// The project database (refused when the project has none).
    func openStore() throws -> ProjectStore {
        try openExistingStore(layout, access: .readOnly)
    }

    func labels(_ language: String) -> ScoreLabels {
        ScoreLabels(project: project, rubric: scorer.rubric, language: language)
    }

    /// Scores the project with a progress line on standard error.
    func sheet() throws -> ScoreSheet {
        let store = try openStore()
        let total = try store.codedAnswerCount(coders: scorer.rubric.reconciliation.coders)
        let progress = ProgressReporter(label: "Scoring coded answers")
        let sheet = try scorer.score(store) { progress.update($0, of: total) }
        progress.finish()
        if sheet.statistics.answers == 0 {
            printError(
                "warning: no coded answers to score; code answers first ('evalkit code auto' or 'evalkit code "
                    + "--coder CODE').")
        }
        if sheet.statistics.unknownCodeSegments > 0 {
            printError(
                "warning: \(sheet.statistics.unknownCodeSegments) segment(s) use codes the codebook no longer has; "
                    + "they were left out.")
        }
        return sheet
    }

    /// The scope an argument names: a unit id, "unattributed" or "all".
    func scope(_ argument: String) throws -> UnitScope {
        let units = project.framework?.units.map(\.id) ?? []
        switch argument {
        case "all": return .all
        case "unattributed": return .unattributed
        case let id where units.contains(id): return .unit(id)
        default:
            throw CommandError.unknownUnit(argument, known: units)
        }
    }

    /// A criterion or evaluation question id.
    func target(_ argument: String) throws -> Judgement.Target {
        let criteria = project.framework?.criteria.map(\.id) ?? []
        let questions = project.framework?.evaluationQuestions.map(\.id) ?? []
        if criteria.contains(argument) { return .criterion(argument) }
        if questions.contains(argument) { return .evaluationQuestion(argument) }
        throw CommandError.unknownTarget(argument, criteria: criteria, questions: questions)
    }
}
