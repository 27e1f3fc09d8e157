/// A breakdown table ready to print: cells are text, and a suppressed cell's text is only its
/// marker, so no output can carry the hidden number.
public struct DisaggregationView: Sendable, Equatable {
    public enum CellState: String, Sendable, Equatable {
        case shown, small, complementary
    }

    public struct Cell: Sendable, Equatable {
        public var criterion: String
        public var state: CellState
        /// Only for a shown cell.
        public var respondents: Int?
        public var balance: Double?
    }

    public struct Row: Sendable, Equatable {
        public var value: String
        public var label: String
        public var cells: [Cell]
    }

    public var scope: String
    public var scopeName: String
    public var dimension: String
    public var dimensionName: String
    public var criteria: [(id: String, name: String)]
    public var rows: [Row]
    public var total: Row

    public static func == (a: Self, b: Self) -> Bool {
        a.scope == b.scope && a.dimension == b.dimension && a.rows == b.rows && a.total == b.total
            && a.criteria.map(\.id) == b.criteria.map(\.id)
    }
}
