public import EvalKitCore
import EvalKitInstruments
import EvalKitScoring
import EvalKitStore

/// Rates each model on each criterion from the coded evidence, as `evalkit score` does.
public struct ScoringStep: DemoStep {
    public var title: String { "Scoring coded answers" }

    public init() {}

    public func run(_ context: inout DemoContext, progress: ProgressReporter) throws {
        let scorer = try Scorer(project: context.project)
        let total = try context.store.codedAnswerCount(coders: scorer.rubric.reconciliation.coders)
        context.scores = try scorer.score(context.store) { progress.update($0, of: total) }
    }
}
