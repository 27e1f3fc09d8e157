/// An answered answer that carries coding, with the facts of its session that tables group by.
/// It holds no answer text: tables count codes, they never need what was said.
public struct CodedAnswer: Sendable, Equatable {
    public var answerID: Int64
    public var sessionID: String
    public var instrumentID: String
    public var siteID: String
    public var unitID: String?
    public var respondentGroup: String
    public var method: SessionMethod
    /// The respondent or FGD participant; nil for an FGD group answer.
    public var respondentCode: String?
    /// One code id per segment, in the order the segments were made (a code coded twice on
    /// the answer appears twice).
    public var codeIDs: [String]

    public init(
        answerID: Int64, sessionID: String, instrumentID: String, siteID: String, unitID: String?,
        respondentGroup: String, method: SessionMethod, respondentCode: String?, codeIDs: [String]
    ) {
        self.answerID = answerID
        self.sessionID = sessionID
        self.instrumentID = instrumentID
        self.siteID = siteID
        self.unitID = unitID
        self.respondentGroup = respondentGroup
        self.method = method
        self.respondentCode = respondentCode
        self.codeIDs = codeIDs
    }
}
