/// One session of the demo's fieldwork: where, with which guide and group, and who takes part.
public struct DemoSessionSpec: Sendable, Equatable {
    public var siteID: String
    public var instrumentID: String
    /// The group recorded on the session (a subgroup such as `social-affairs` where the
    /// framework has one).
    public var respondentGroup: String
    /// 1 for an interview; the roster size for an FGD.
    public var participants: Int
    /// How many participants are women; nil leaves it to the persona generator.
    public var women: Int?
    public var isGroup: Bool
    public var interviewerCode: String
    /// Stable name of the session inside the sample; seeds its random choices.
    public var label: String
    /// A note the interviewer keeps at the first question, e.g. that an FGD mixed two groups.
    public var note: String?

    public init(
        siteID: String, instrumentID: String, respondentGroup: String, participants: Int, women: Int?,
        isGroup: Bool, interviewerCode: String, label: String, note: String? = nil
    ) {
        self.siteID = siteID
        self.instrumentID = instrumentID
        self.respondentGroup = respondentGroup
        self.participants = participants
        self.women = women
        self.isGroup = isGroup
        self.interviewerCode = interviewerCode
        self.label = label
        self.note = note
    }
}
