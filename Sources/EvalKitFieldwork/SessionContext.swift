public import EvalKitStore
public import Foundation

/// Who, where and what a session is about: everything the driver needs to write the
/// session row once consent is given.
public struct SessionContext: Sendable {
    public var sessionID: String
    public var instrumentID: String
    public var instrumentVersion: String
    public var instrumentSnapshot: String
    public var method: SessionMethod
    public var siteID: String
    public var siteCode: String
    public var unitID: String?
    public var respondentGroup: String
    public var groupCode: String
    public var interviewerCode: String?
    public var language: String
    public var startedAt: Date

    public init(
        sessionID: String, instrumentID: String, instrumentVersion: String, instrumentSnapshot: String,
        method: SessionMethod, siteID: String, siteCode: String, unitID: String?, respondentGroup: String,
        groupCode: String, interviewerCode: String?, language: String, startedAt: Date
    ) {
        self.sessionID = sessionID
        self.instrumentID = instrumentID
        self.instrumentVersion = instrumentVersion
        self.instrumentSnapshot = instrumentSnapshot
        self.method = method
        self.siteID = siteID
        self.siteCode = siteCode
        self.unitID = unitID
        self.respondentGroup = respondentGroup
        self.groupCode = groupCode
        self.interviewerCode = interviewerCode
        self.language = language
        self.startedAt = startedAt
    }

    /// A new random session id: eight lower-case hex digits, easy to read out and type.
    public static func newSessionID() -> String {
        String(UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(8)).lowercased()
    }
}
