public import Foundation

/// How a session ended, or that it has not.
public enum SessionStatus: String, Sendable, Codable, CaseIterable {
    case inProgress = "in-progress"
    case completed
    /// The respondent ended the interview; what was said is kept.
    case stoppedByRespondent = "stopped-by-respondent"
    /// Only site, group, instrument and date are kept.
    case consentDeclined = "consent-declined"
    case withdrawn
}

public enum SessionMethod: String, Sendable, Codable {
    case interview
    case fgd
}

/// Where a session that did not go through the interview runner came from.
public enum ImportSource: String, Sendable, Codable, CaseIterable {
    /// A transcript typed from notes or a recording (.txt, .md, .docx, .odt).
    case transcript
    /// A text source of another qualitative analysis tool's project (REFI-QDA, Taguette).
    case qdaProject = "qda-project"
}

/// One interview or FGD.
public struct SessionRecord: Sendable, Equatable, Codable {
    public var id: String
    public var instrumentID: String
    public var instrumentVersion: String
    /// A JSON snapshot of the guide's questions as they were when the session started,
    /// so that a later change to the guide can be detected and explained on resume.
    public var instrumentSnapshot: String
    public var method: SessionMethod
    public var siteID: String
    public var unitID: String?
    public var respondentGroup: String
    public var interviewerCode: String?
    public var language: String
    public var interpreterUsed: Bool?
    public var status: SessionStatus
    public var startedAt: Date
    public var endedAt: Date?
    /// When the respondent (or the group) gave verbal consent and the interviewer attested it.
    public var consentAt: Date?
    /// When a guardian consented for a minor, if one did.
    public var guardianConsentAt: Date?
    /// Where the session came from; nil for one recorded by the interview runner.
    public var importedFrom: ImportSource?
    /// Who attested the verbal consent of an imported session (an interviewer's code).
    public var consentAttestedBy: String?
    /// SHA-256 (hex) of the imported content, so that importing it again adds nothing. Never a
    /// file name: names of files often carry a respondent's name.
    public var sourceDigest: String?

    public init(
        id: String, instrumentID: String, instrumentVersion: String, instrumentSnapshot: String,
        method: SessionMethod, siteID: String, unitID: String?, respondentGroup: String, interviewerCode: String?,
        language: String, interpreterUsed: Bool? = nil, status: SessionStatus = .inProgress, startedAt: Date,
        endedAt: Date? = nil, consentAt: Date? = nil, guardianConsentAt: Date? = nil, importedFrom: ImportSource? = nil,
        consentAttestedBy: String? = nil, sourceDigest: String? = nil
    ) {
        self.id = id
        self.instrumentID = instrumentID
        self.instrumentVersion = instrumentVersion
        self.instrumentSnapshot = instrumentSnapshot
        self.method = method
        self.siteID = siteID
        self.unitID = unitID
        self.respondentGroup = respondentGroup
        self.interviewerCode = interviewerCode
        self.language = language
        self.interpreterUsed = interpreterUsed
        self.status = status
        self.startedAt = startedAt
        self.endedAt = endedAt
        self.consentAt = consentAt
        self.guardianConsentAt = guardianConsentAt
        self.importedFrom = importedFrom
        self.consentAttestedBy = consentAttestedBy
        self.sourceDigest = sourceDigest
    }
}

/// A pseudonymous respondent (or FGD participant). There is no name field, by design.
public struct RespondentRecord: Sendable, Equatable, Codable {
    /// e.g. `A-SURV-007`: site code, group code, number within that site and group.
    public var code: String
    public var sessionID: String
    public var siteID: String
    public var respondentGroup: String
    public var number: Int
    /// 1-based seat in an FGD roster; nil for an interview respondent.
    public var seat: Int?

    public init(code: String, sessionID: String, siteID: String, respondentGroup: String, number: Int, seat: Int?) {
        self.code = code
        self.sessionID = sessionID
        self.siteID = siteID
        self.respondentGroup = respondentGroup
        self.number = number
        self.seat = seat
    }
}

public enum AnswerStatus: String, Sendable, Codable {
    case answered
    /// The respondent chose not to answer.
    case declined
    /// The question did not apply to this respondent.
    case notApplicable = "not-applicable"
}

/// One answer, or (in an FGD) one contribution to a question.
public struct AnswerRecord: Sendable, Equatable, Codable {
    /// Assigned by the store when saved.
    public var id: Int64?
    public var sessionID: String
    public var questionID: String
    /// The respondent, the FGD participant who spoke, or nil for the FGD group as a whole.
    public var respondentCode: String?
    public var status: AnswerStatus
    /// Free text as typed; choice answers as option values joined by a space; integers in decimal.
    /// Nil unless `status` is `.answered`.
    public var value: String?
    public var recordedAt: Date

    public init(
        id: Int64? = nil, sessionID: String, questionID: String, respondentCode: String?, status: AnswerStatus,
        value: String?, recordedAt: Date
    ) {
        self.id = id
        self.sessionID = sessionID
        self.questionID = questionID
        self.respondentCode = respondentCode
        self.status = status
        self.value = value
        self.recordedAt = recordedAt
    }
}

/// An interviewer's note, kept apart from the answers.
public struct NoteRecord: Sendable, Equatable, Codable {
    public var id: Int64?
    public var sessionID: String
    public var questionID: String?
    public var text: String
    public var createdAt: Date

    public init(id: Int64? = nil, sessionID: String, questionID: String?, text: String, createdAt: Date) {
        self.id = id
        self.sessionID = sessionID
        self.questionID = questionID
        self.text = text
        self.createdAt = createdAt
    }
}

public enum SessionEventKind: String, Sendable, Codable {
    case paused
    case resumed
    /// The interviewer paused because the respondent was distressed; nothing else is recorded.
    case distressPause = "distress-pause"
    case stoppedByRespondent = "stopped-by-respondent"
    case completed
    /// The interviewer accepted a changed guide on resume.
    case instrumentChangeAccepted = "instrument-change-accepted"
}

/// Something that happened in a session, without content.
public struct SessionEventRecord: Sendable, Equatable, Codable {
    public var id: Int64?
    public var sessionID: String
    public var kind: SessionEventKind
    public var questionID: String?
    public var at: Date

    public init(id: Int64? = nil, sessionID: String, kind: SessionEventKind, questionID: String?, at: Date) {
        self.id = id
        self.sessionID = sessionID
        self.kind = kind
        self.questionID = questionID
        self.at = at
    }
}
