public import EvalKitCore
import EvalKitInstruments

/// The simulated analyst reviews a sample of the auto-coded answers.
public struct SecondCoderStep: DemoStep {
    public var coder: String

    public var title: String { "Second coder \(coder) reviewing answers" }

    public init(coder: String = SimulatedCoder.defaultCoder) {
        self.coder = coder
    }

    public func run(_ context: inout DemoContext, progress: ProgressReporter) throws {
        guard let codebook = context.project.codebook else {
            throw DemoError.projectLacks("a codebook in Instruments/.")
        }
        let analyst = SimulatedCoder(
            coder: coder, codebook: codebook, store: context.store, seed: context.seed, clock: context.clock)
        context.secondCoder = try analyst.run { progress.update($0, of: $1) }
    }
}
