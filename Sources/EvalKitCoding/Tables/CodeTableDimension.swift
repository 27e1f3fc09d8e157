/// What the columns of a code frequency table are.
public enum CodeTableDimension: Sendable, Equatable, CustomStringConvertible {
    case site
    /// The unit of evaluation; a session without one goes under "(not given)".
    case unit
    case group
    /// A profile field of the respondents, by id.
    case field(String)

    /// The words `--by` takes, with `field:` standing for any field.
    public static let names = ["site", "unit", "group", "field:"]

    /// Reads `site`, `unit`, `group` or `field:ID`; nil for anything else.
    public init?(argument: String) {
        switch argument {
        case "site": self = .site
        case "unit": self = .unit
        case "group": self = .group
        default:
            guard argument.hasPrefix("field:"), argument.count > "field:".count else { return nil }
            self = .field(String(argument.dropFirst("field:".count)))
        }
    }

    public var description: String {
        switch self {
        case .site: "site"
        case .unit: "unit"
        case .group: "group"
        case .field(let id): "field:\(id)"
        }
    }
}
