/// Which evidence a row of results covers: one unit of evaluation, the sessions that belong to
/// no unit (such as national stakeholders in the capital), or everything.
public enum UnitScope: Hashable, Sendable, Comparable {
    case unit(String)
    case unattributed
    case all

    /// The unit id, "unattributed" or "all", as in JSON output.
    public var id: String {
        switch self {
        case .unit(let id): id
        case .unattributed: "unattributed"
        case .all: "all"
        }
    }
}

extension UnitScope: Encodable {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(id)
    }
}
