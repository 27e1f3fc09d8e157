public import EvalKitCore

/// One step of the demo build. Steps run in order on a shared context; a step reads what
/// earlier steps left there and records what it made.
public protocol DemoStep {
    /// Shown in progress: "Building the demo fieldwork".
    var title: String { get }

    /// - Parameter progress: reports how far the step has come (on standard error).
    func run(_ context: inout DemoContext, progress: ProgressReporter) throws
}
