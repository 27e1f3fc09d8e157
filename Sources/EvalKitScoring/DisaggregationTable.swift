import EvalKitInstruments

/// The evidence of one scope broken down by one dimension: a row per value, a column per
/// criterion, and a total row equal to the scope's cells in the rating matrix.
public struct DisaggregationTable: Sendable, Encodable {
    /// The row of items without a value for the field.
    public static let notRecorded = "not-recorded"
    /// The row of FGD answers given by a group, which have no one person's profile.
    public static let groupAnswer = "group-answer"

    public struct Cell: Sendable, Encodable, Equatable {
        public var respondents: Int
        public var positive: Int
        public var negative: Int
        public var balance: Double?
        public var suppression: Suppression

        private enum CodingKeys: String, CodingKey { case respondents, positive, negative, balance, suppressed }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            guard suppression == .shown else {
                try container.encode(suppression, forKey: .suppressed)
                return
            }
            try container.encode(respondents, forKey: .respondents)
            try container.encode(positive, forKey: .positive)
            try container.encode(negative, forKey: .negative)
            try container.encodeIfPresent(balance, forKey: .balance)
        }
    }

    public struct Row: Sendable, Encodable {
        public var value: String
        /// Criterion id → cell.
        public var cells: [String: Cell]
    }

    public var scope: UnitScope
    public var dimension: String
    public var criteria: [String]
    public var rows: [Row]
    public var total: Row
}
