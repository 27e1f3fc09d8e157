/// How coded evidence becomes a rating: how evaluation questions are answered, how answers roll
/// up into a criterion's rating, the least evidence any answer needs, how confidence is decided, how several coders' codes are reconciled and how
/// evidence is broken down for the equity analysis. See docs/scoring.md.
public struct Rubric: Sendable, Encodable {
    /// How an evaluation question is answered from its own evidence ("yes", "largely", …).
    public struct Answer: Sendable, Encodable, Equatable {
        public var id: String
        public var name: LocalizedText
        /// The least balance score that earns this answer.
        public var minimumBalance: Double
        /// What the answer counts for when a criterion rolls up its questions.
        public var points: Double

        public init(id: String, name: LocalizedText, minimumBalance: Double, points: Double) {
            self.id = id
            self.name = name
            self.minimumBalance = minimumBalance
            self.points = points
        }
    }

    /// A criterion's rating and what its questions' answers must show to earn it.
    public struct Rating: Sendable, Encodable, Equatable {
        public var id: String
        public var name: LocalizedText
        /// The least weighted mean of the answered questions' points.
        public var minimumScore: Double
        /// An answer id: more than half of the answered weight must be answered this well or better.
        public var majority: String?
        /// An answer id: no question may be answered this badly or worse with high confidence.
        public var vetoedBy: String?

        public init(
            id: String, name: LocalizedText, minimumScore: Double, majority: String? = nil, vetoedBy: String? = nil
        ) {
            self.id = id
            self.name = name
            self.minimumScore = minimumScore
            self.majority = majority
            self.vetoedBy = vetoedBy
        }
    }

    /// When a criterion has enough answered questions, and how much each question weighs.
    public struct RollUp: Sendable, Encodable, Equatable {
        public var minimumAnswered: Int
        /// The least share of a criterion's question weight that must be answered.
        public var minimumShare: Double
        /// Question id → weight; a question not listed weighs 1.
        public var weights: [String: Double]

        public init(minimumAnswered: Int = 1, minimumShare: Double = 0.5, weights: [String: Double] = [:]) {
            self.minimumAnswered = minimumAnswered
            self.minimumShare = minimumShare
            self.weights = weights
        }

        public func weight(of question: String) -> Double { weights[question] ?? 1 }
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

        /// "18–24", "35+", "up to 17": the band's id in breakdowns, in English.
        public var label: String { label(in: LocalizedText.fallbackLanguage) }

        /// The label for a reader of `language` ("17 trở xuống" in Vietnamese).
        public func label(in language: String) -> String {
            let vi = language == "vi"
            return switch (from, to) {
            case (let from?, let to?): "\(from)–\(to)"
            case (let from?, nil): vi ? "từ \(from) trở lên" : "\(from)+"
            case (nil, let to?): vi ? "\(to) trở xuống" : "up to \(to)"
            case (nil, nil): vi ? "mọi độ tuổi" : "any age"
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
    public var answers: [Answer]
    /// Best first; the last accepts every score.
    public var scale: [Rating]
    public var rollUp: RollUp
    public var minimumEvidence: Threshold
    public var highConfidence: Threshold
    public var mediumConfidence: Threshold
    public var reconciliation: Reconciliation
    public var dimensions: [Dimension]
    public var minimumCellSize: Int
    public var file: String

    public init(
        id: String, version: String, title: LocalizedText, answers: [Answer], scale: [Rating],
        rollUp: RollUp = RollUp(), minimumEvidence: Threshold,
        highConfidence: Threshold, mediumConfidence: Threshold, reconciliation: Reconciliation,
        dimensions: [Dimension], minimumCellSize: Int = 5, file: String = ""
    ) {
        self.id = id
        self.version = version
        self.title = title
        self.answers = answers
        self.scale = scale
        self.rollUp = rollUp
        self.minimumEvidence = minimumEvidence
        self.highConfidence = highConfidence
        self.mediumConfidence = mediumConfidence
        self.reconciliation = reconciliation
        self.dimensions = dimensions
        self.minimumCellSize = minimumCellSize
        self.file = file
    }

    public func rating(_ id: String) -> Rating? { scale.first { $0.id == id } }

    public func answer(_ id: String) -> Answer? { answers.first { $0.id == id } }

    /// The name of a rating or an answer id (the loader keeps the two sets of ids apart).
    public func levelName(_ id: String) -> LocalizedText? { rating(id)?.name ?? answer(id)?.name }

    /// 0 for the best rating or answer, counting down its own scale.
    public func rank(of id: String) -> Int? {
        scale.firstIndex { $0.id == id } ?? answers.firstIndex { $0.id == id }
    }

    /// The answer a balance score earns: the first, best to worst, whose minimum it reaches.
    public func answer(forBalance balance: Double) -> Answer {
        answers.first { balance >= $0.minimumBalance } ?? answers[answers.count - 1]
    }
}
