public import EvalKitCoding
public import EvalKitInstruments
public import EvalKitScoring
public import EvalKitStore
public import Foundation

/// What the steps of a demo build share: the project, its store, the seed, and what each
/// step produced so far, for the steps after it and for the final summary.
public struct DemoContext {
    public let project: Project
    public let store: ProjectStore
    public let seed: UInt64
    /// The demo project's folder: later steps write `Exports/` here.
    public let directory: String
    /// Timestamps of coding: a fixed day after the fieldwork, so runs are reproducible.
    public let clock: @Sendable () -> Date

    public var fieldwork: DemoFieldwork.Summary?
    public var autoCoding: AutoCodingRun.Summary?
    public var secondCoder: SimulatedCoder.Summary?
    public var scores: ScoreSheet?
    /// Files written by steps (reports, exports), in order, for the final summary.
    public var outputs: [String] = []
    /// The report's analyst checks: empty when `evalkit report --final` would pass.
    public var reportChecks: [String] = []

    public init(project: Project, store: ProjectStore, seed: UInt64, directory: String) {
        self.project = project
        self.store = store
        self.seed = seed
        self.directory = directory
        self.clock = FieldClock(start: FieldClock.codingDay).now
    }
}
