public import EvalKitInstruments

/// The result for one unit (or scope) and one criterion or evaluation question.
public struct CellScore: Sendable, Encodable {
    public enum Confidence: String, Sendable, Encodable, Comparable {
        case low, medium, high

        private var rank: Int {
            switch self {
            case .low: 0
            case .medium: 1
            case .high: 2
            }
        }

        public static func < (a: Self, b: Self) -> Bool { a.rank < b.rank }
    }

    /// What the rubric makes of the evidence.
    public enum Outcome: Sendable, Equatable {
        case rated(String)
        /// Below the rubric's minimum: every reason, such as "3 respondents (5 needed)".
        case insufficientEvidence([InsufficiencyReason])

        /// The rated id, or nil for insufficient evidence.
        public var answerID: String? {
            if case .rated(let id) = self { id } else { nil }
        }

        /// Empty for a rated cell.
        public var reasons: [InsufficiencyReason] {
            if case .insufficientEvidence(let reasons) = self { reasons } else { [] }
        }

        /// The rating id, or "insufficient-evidence".
        public var ratingID: String {
            switch self {
            case .rated(let id): id
            case .insufficientEvidence: Judgement.insufficientEvidence
            }
        }
    }

    /// One evaluation question's answer as its criterion's rating rolls it up.
    public struct QuestionAnswer: Sendable, Encodable, Equatable {
        /// A question id, or the criterion's own id for a criterion without questions.
        public var question: String
        /// The judged answer when there is one, else the computed one; nil: insufficient evidence.
        public var answer: String?
        public var confidence: Confidence?
        public var weight: Double
        public var judged: Bool

        public init(question: String, answer: String?, confidence: Confidence?, weight: Double, judged: Bool) {
            self.question = question
            self.answer = answer
            self.confidence = confidence
            self.weight = weight
            self.judged = judged
        }
    }

    public var scope: UnitScope
    public var target: Judgement.Target
    public var positive: Int
    public var negative: Int
    public var descriptive: Int
    public var positiveWeight: Double
    public var negativeWeight: Double
    /// Distinct respondents, top-level respondent groups and sites among evaluative evidence.
    public var respondents: Int
    public var respondentGroups: Int
    public var sites: Int
    public var balance: Double?
    /// A question's answer; a criterion's rating, rolled up from `answers`.
    public var computed: Outcome
    /// For a criterion: its questions' answers, in framework order.
    public var answers: [QuestionAnswer] = []
    /// For a rated criterion: the weighted mean of its answered questions' points.
    public var score: Double?
    /// Only for a rated cell.
    public var confidence: Confidence?
    /// The analyst's rating, when there is one; `computed` stays as the evidence says.
    public var judgement: Judgement?
    public var positiveQuotes: [Quote]
    public var negativeQuotes: [Quote]
    public var suppression: Suppression

    /// The rating to report: the analyst's when there is a judgement, else the computed one.
    public var reportedRatingID: String { judgement?.rating ?? computed.ratingID }

    private enum CodingKeys: String, CodingKey {
        case unit, criterion, evaluationQuestion, positive, negative, descriptive, respondents, respondentGroups,
            sites, balance, computedRating, insufficientBecause, score, answers, confidence, judgement, positiveQuotes,
            negativeQuotes, suppressed
    }

    /// Counts of a suppressed cell are left out, so no output carries them.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(scope, forKey: .unit)
        switch target {
        case .criterion(let id): try container.encode(id, forKey: .criterion)
        case .evaluationQuestion(let id): try container.encode(id, forKey: .evaluationQuestion)
        }
        try container.encode(computed.ratingID, forKey: .computedRating)
        if case .insufficientEvidence(let reasons) = computed {
            try container.encode(reasons.map(\.description), forKey: .insufficientBecause)
        }
        try container.encodeIfPresent(score, forKey: .score)
        if case .criterion = target { try container.encode(answers, forKey: .answers) }
        try container.encodeIfPresent(confidence, forKey: .confidence)
        try container.encodeIfPresent(judgement, forKey: .judgement)
        if suppression != .shown {
            try container.encode(suppression, forKey: .suppressed)
            return
        }
        try container.encode(positive, forKey: .positive)
        try container.encode(negative, forKey: .negative)
        try container.encode(descriptive, forKey: .descriptive)
        try container.encode(respondents, forKey: .respondents)
        try container.encode(respondentGroups, forKey: .respondentGroups)
        try container.encode(sites, forKey: .sites)
        try container.encodeIfPresent(balance, forKey: .balance)
        try container.encode(positiveQuotes, forKey: .positiveQuotes)
        try container.encode(negativeQuotes, forKey: .negativeQuotes)
    }
}

/// Whether a cell's counts may be shown. See `SmallCellSuppression`.
public enum Suppression: String, Sendable, Encodable {
    case shown
    /// Built from fewer respondents than the minimum cell size.
    case small
    /// Hidden so that a small cell cannot be worked out from a total by subtraction.
    case complementary
}

/// A quote that supports a cell, attributed only to a respondent group and a site.
public struct Quote: Sendable, Encodable, Equatable {
    public var text: String
    public var group: String
    public var site: String
    public var codeID: String
    /// For tracing inside the team (`evalkit score explain`); never printed in a report.
    public var answerID: Int64

    public init(text: String, group: String, site: String, codeID: String, answerID: Int64) {
        self.text = text
        self.group = group
        self.site = site
        self.codeID = codeID
        self.answerID = answerID
    }
}
