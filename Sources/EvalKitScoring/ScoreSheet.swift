public import EvalKitInstruments

/// Everything scoring found: the unit × criterion matrix, the roll-up per evaluation
/// question, the breakdowns, and what was read. Cells of a scope come in framework order.
public struct ScoreSheet: Sendable, Encodable {
    public struct Statistics: Sendable, Encodable, Equatable {
        /// Answers with at least one segment of the rubric's coders.
        public var answers = 0
        public var segments = 0
        /// Codes that count on an answer after reconciliation.
        public var evidenceItems = 0
        /// Items whose code links to no criterion or question: shown nowhere.
        public var unlinkedItems = 0
        /// Segments whose code is not in the codebook (renamed or removed codes).
        public var unknownCodeSegments = 0
    }

    public var rubricID: String
    public var reconciliation: Rubric.Reconciliation
    public var minimumCellSize: Int
    /// Units of the framework, then `.unattributed` when it has evidence, then `.all`.
    public var scopes: [UnitScope]
    public var criteria: [String]
    public var questions: [String]
    public var criterionCells: [CellScore]
    public var questionCells: [CellScore]
    public var disaggregation: [DisaggregationTable]
    public var statistics: Statistics

    public func cell(_ scope: UnitScope, criterion: String) -> CellScore? {
        criterionCells.first { $0.scope == scope && $0.target == .criterion(criterion) }
    }

    public func cell(_ scope: UnitScope, question: String) -> CellScore? {
        questionCells.first { $0.scope == scope && $0.target == .evaluationQuestion(question) }
    }

    public func disaggregation(_ scope: UnitScope, by dimension: String) -> DisaggregationTable? {
        disaggregation.first { $0.scope == scope && $0.dimension == dimension }
    }
}
