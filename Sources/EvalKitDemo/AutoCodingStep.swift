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
        try context.store.replaceCodebook(Self.storedCodes(of: codebook))
        let coder = try AutoCoder(rules: codebook.rules(adding: []))
        let run = AutoCodingRun(coder: coder, store: context.store, clock: context.clock)
        context.autoCoding = try run.run { progress.update($0, of: $1) }
    }

    /// The codebook as the store keeps it (the same rows `evalkit code auto` writes).
    static func storedCodes(of codebook: Codebook) -> [StoredCode] {
        codebook.allCodes.enumerated().map { position, entry in
            StoredCode(
                id: entry.code.id, parentID: entry.parentID, position: position, label: entry.code.name.english,
                colour: entry.code.colour, valence: entry.code.valence.rawValue, weight: entry.code.weight,
                criteria: entry.code.criteria, evaluationQuestions: entry.code.evaluationQuestions)
        }
    }
}
