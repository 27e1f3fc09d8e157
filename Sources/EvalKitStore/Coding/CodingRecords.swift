public import Foundation

/// A code of the codebook as loaded into the store, so that coded segments can be read
/// with their valence and links without the XML at hand.
public struct StoredCode: Sendable, Equatable, Codable {
    public var id: String
    public var parentID: String?
    /// Depth-first order in the codebook.
    public var position: Int
    /// The English name of the code (a code's label, never a person's name).
    public var label: String
    public var colour: String
    /// positive, negative or descriptive.
    public var valence: String
    public var weight: Double
    public var criteria: [String]
    public var evaluationQuestions: [String]

    public init(
        id: String, parentID: String?, position: Int, label: String, colour: String, valence: String, weight: Double,
        criteria: [String], evaluationQuestions: [String]
    ) {
        self.id = id
        self.parentID = parentID
        self.position = position
        self.label = label
        self.colour = colour
        self.valence = valence
        self.weight = weight
        self.criteria = criteria
        self.evaluationQuestions = evaluationQuestions
    }
}

/// A code applied by one coder to a span of an answer (or to the whole answer).
public struct SegmentRecord: Sendable, Equatable, Codable {
    public var id: Int64?
    public var answerID: Int64
    public var codeID: String
    public var coder: String
    /// Unicode code points from 0, end exclusive; nil for the whole answer.
    public var range: Range<Int>?
    /// The coder's memo; protected like answers.
    public var memo: String?
    public var createdAt: Date

    public init(
        id: Int64? = nil, answerID: Int64, codeID: String, coder: String, range: Range<Int>?, memo: String? = nil,
        createdAt: Date
    ) {
        self.id = id
        self.answerID = answerID
        self.codeID = codeID
        self.coder = coder
        self.range = range
        self.memo = memo
        self.createdAt = createdAt
    }
}

/// An answer with the facts of its session that coding shows and tables group by.
public struct AnswerInContext: Sendable, Equatable {
    public var answer: AnswerRecord
    public var instrumentID: String
    public var siteID: String
    public var unitID: String?
    public var respondentGroup: String
    public var method: SessionMethod

    public init(
        answer: AnswerRecord, instrumentID: String, siteID: String, unitID: String?, respondentGroup: String,
        method: SessionMethod
    ) {
        self.answer = answer
        self.instrumentID = instrumentID
        self.siteID = siteID
        self.unitID = unitID
        self.respondentGroup = respondentGroup
        self.method = method
    }
}
