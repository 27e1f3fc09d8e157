import EvalKitCoding
public import EvalKitCore
import EvalKitInstruments
import EvalKitStore

/// Codes every answer by the codebook's rules as the coder `rules`, as `evalkit code auto` does.
public struct AutoCodingStep: DemoStep {
    public var title: String { "Auto-coding answers" }

    public init() {}

    public func run(_ context: inout DemoContext, progress: ProgressReporter) throws {
        guard let codebook = context.project.codebook else {
            throw DemoError.projectLacks("a codebook in Instruments/.")
        }
        try context.store.replaceCodebook(StoredCode.all(of: codebook))
        let coder = try AutoCoder(rules: codebook.rules(adding: []))
        let run = AutoCodingRun(coder: coder, store: context.store, clock: context.clock)
        context.autoCoding = try run.run { progress.update($0, of: $1) }
    }
}
