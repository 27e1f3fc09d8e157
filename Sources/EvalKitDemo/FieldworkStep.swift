public import EvalKitCore

/// Runs the reference sample's sessions through the interview runner.
public struct FieldworkStep: DemoStep {
    public var title: String { "Building the demo fieldwork (sessions)" }

    public init() {}

    public func run(_ context: inout DemoContext, progress: ProgressReporter) throws {
        let fieldwork = DemoFieldwork(project: context.project, store: context.store, seed: context.seed)
        context.fieldwork = try fieldwork.run { progress.update($0, of: $1) }
    }
}
