/// How coded evidence becomes a rating: the scale and its thresholds, the least evidence any
/// rating needs, how confidence is decided, how several coders' codes are reconciled and how
/// evidence is broken down for the equity analysis. See docs/scoring.md.
public struct Rubric: Sendable, Encodable {
    public struct Rating: Sendable, Encodable, Equatable {
        public var id: String
        public var name: LocalizedText
        /// The least balance score that earns this rating.
        public var minimumBalance: Double

        public init(id: String, name: LocalizedText, minimumBalance: Double) {
            self.id = id
            self.name = name
            self.minimumBalance = minimumBalance
        }
    }

    /// Least distinct respondents, top-level respondent groups and sites among a cell's
    /// evaluative (positive or negative) evidence.
    public struct Threshold: Sendable, Encodable, Equatable {
        public var respondents: Int
        public var respondentGroups: Int
        public var sites: Int

        public init(respondents: Int, respondentGroups: Int, sites: Int = 1) {
            self.respondents = respondents
            self.respondentGroups = respondentGroups
            self.sites = sites
        }
    }

    public struct Reconciliation: Sendable, Encodable, Equatable {
        public enum Rule: String, Sendable, Encodable {
            /// A code counts when any of the coders applied it to the answer.
            case any
            /// A code counts when the first of `coders` applied it.
            case designated
            /// A code counts when at least `minimumCoders` of the coders applied it.
            case agreement
        }

        public var rule: Rule
        /// The coders whose segments are read; empty means every coder.
        public var coders: [String]
        public var minimumCoders: Int

        public init(rule: Rule, coders: [String] = [], minimumCoders: Int = 2) {
            self.rule = rule
            self.coders = coders
            self.minimumCoders = minimumCoders
        }
    }

    public struct AgeBand: Sendable, Encodable, Equatable {
        public var from: Int?
        public var to: Int?

        public init(from: Int?, to: Int?) {
            self.from = from
            self.to = to
        }

        public func contains(_ age: Int) -> Bool {
            (from.map { age >= $0 } ?? true) && (to.map { age <= $0 } ?? true)
        }

        /// "18–24", "35+", "up to 17".
        public var label: String {
            switch (from, to) {
            case (let from?, let to?): "\(from)–\(to)"
            case (let from?, nil): "\(from)+"
            case (nil, let to?): "up to \(to)"
            case (nil, nil): "any age"
            }
        }
    }

    /// One breakdown of the evidence.
    public enum Dimension: Sendable, Equatable, Encodable {
        /// The value of a choice profile field, such as sex or residence.
        case field(String)
        /// An integer profile field cut into bands.
        case ageBand(field: String, bands: [AgeBand])
        case site
        case respondentGroup

        /// A stable id: the field id, "site" or "group".
        public var id: String {
            switch self {
            case .field(let field), .ageBand(let field, _): field
            case .site: "site"
            case .respondentGroup: "group"
            }
        }
    }

    public var id: String
    public var version: String
    public var title: LocalizedText
    /// Best first; the last accepts every balance.
    public var scale: [Rating]
    public var minimumEvidence: Threshold
    public var highConfidence: Threshold
    public var mediumConfidence: Threshold
    public var reconciliation: Reconciliation
    public var dimensions: [Dimension]
    public var minimumCellSize: Int
    public var file: String

    public init(
        id: String, version: String, title: LocalizedText, scale: [Rating], minimumEvidence: Threshold,
        highConfidence: Threshold, mediumConfidence: Threshold, reconciliation: Reconciliation,
        dimensions: [Dimension], minimumCellSize: Int = 5, file: String = ""
    ) {
        self.id = id
        self.version = version
        self.title = title
        self.scale = scale
        self.minimumEvidence = minimumEvidence
        self.highConfidence = highConfidence
        self.mediumConfidence = mediumConfidence
        self.reconciliation = reconciliation
        self.dimensions = dimensions
        self.minimumCellSize = minimumCellSize
        self.file = file
    }

    public func rating(_ id: String) -> Rating? { scale.first { $0.id == id } }

    /// The rating a balance score earns: the first, best to worst, whose minimum it reaches.
    public func rating(forBalance balance: Double) -> Rating {
        scale.first { balance >= $0.minimumBalance } ?? scale[scale.count - 1]
    }
}
