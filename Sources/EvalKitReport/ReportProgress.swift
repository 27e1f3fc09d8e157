/// What the report is doing, for a progress display: a message, and whether it ends one of the
/// steps that `ReportExporter.steps(for:)` counts (so a display can reach its end exactly).
public struct ReportProgress: Sendable, CustomStringConvertible {
    public var description: String
    /// True when this message ends a step; false for news within a step.
    public var endsStep: Bool

    public init(_ description: String, endsStep: Bool) {
        self.description = description
        self.endsStep = endsStep
    }
}
