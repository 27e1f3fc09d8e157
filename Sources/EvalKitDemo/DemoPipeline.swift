public import EvalKitCore

/// The demo build as an ordered list of steps: fieldwork, auto-coding, a second coder; more
/// (scoring, reports) are appended with `append(_:)` and run after them on the same context.
public struct DemoPipeline {
    public private(set) var steps: [any DemoStep]

    public init(steps: [any DemoStep]) {
        self.steps = steps
    }

    /// Fieldwork of the reference sample, auto-coding by the codebook's rules, and the
    /// simulated analyst `AN-01`.
    public static var standard: DemoPipeline {
        DemoPipeline(steps: [FieldworkStep(), AutoCodingStep(), SecondCoderStep()])
    }

    /// The standard steps, then scoring and the report in Exports/: what `evalkit demo` runs.
    public static var complete: DemoPipeline {
        var pipeline = standard
        pipeline.append(ScoringStep())
        pipeline.append(ReportStep())
        return pipeline
    }

    public mutating func append(_ step: any DemoStep) {
        steps.append(step)
    }

    /// Runs every step in order; the first error stops the build.
    /// - Parameter reporter: makes the progress reporter of a step from its title.
    public func run(_ context: inout DemoContext, reporter: (String) -> ProgressReporter) throws {
        for step in steps {
            let progress = reporter(step.title)
            defer { progress.finish() }
            try step.run(&context, progress: progress)
        }
    }
}
