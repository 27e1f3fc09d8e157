public import EvalKitStore
import Foundation

/// The coded answers of docs/scoring.md's worked example, written into a store: eight
/// interviews and an FGD at north (centre), south (outreach) and the capital, eleven answers
/// coded by coders A and B. The scoring tests and the report fixture both start from it.
public struct WorkedExampleData {
    public struct Options {
        /// Put before every session id ("session-" gives "session-n1").
        public var sessionPrefix = ""
        /// Everyone a woman of 30, instead of the sexes and ages the worked example lists.
        public var uniformProfiles = false
        /// Three FGD seats and a session whose consent was declined, as a report meets them.
        public var reportExtras = false

        public init(sessionPrefix: String = "", uniformProfiles: Bool = false, reportExtras: Bool = false) {
            self.sessionPrefix = sessionPrefix
            self.uniformProfiles = uniformProfiles
            self.reportExtras = reportExtras
        }
    }

    /// Answer ids by name, a1 … a11, in the order they were recorded.
    public private(set) var answers: [String: Int64] = [:]
    public private(set) var answerIDs: [Int64] = []
    public private(set) var respondentCodes: [String] = []
    public private(set) var sessionIDs: [String] = []

    private let store: ProjectStore
    private let options: Options
    private let moment = Date(timeIntervalSince1970: 1_300_000_000)

    /// Records the whole example into `store`.
    public init(into store: ProjectStore, options: Options = Options()) throws {
        self.store = store
        self.options = options
        try record()
    }

    private mutating func record() throws {
        let r1 = try person("n1", site: "north", unit: "centre", group: "survivor", sex: "female", age: 22)
        let r2 = try person("n2", site: "north", unit: "centre", group: "survivor", sex: "female", age: 30)
        let r3 = try person("n3", site: "north", unit: "centre", group: "family", sex: "male", age: 45)
        let r4 = try person("n4", site: "north", unit: "centre", group: "social-affairs", sex: "female", age: 40)
        let r5 = try person("s1", site: "south", unit: "outreach", group: "survivor", sex: "female", age: 19)
        let r6 = try person("s2", site: "south", unit: "outreach", group: "survivor", sex: "female", age: 27)
        let r8 = try person("s3", site: "south", unit: "outreach", group: "government", sex: "male", age: 50)
        let r9 = try person("k1", site: "capital", unit: nil, group: "government", sex: "female", age: 35)
        try session("fgd1", site: "south", unit: "outreach", group: "survivor", method: .fgd)
        if options.reportExtras {
            for seat in 1...3 {
                respondentCodes.append(
                    try store.allocateRespondent(
                        sessionID: id("fgd1"), siteID: "south", siteCode: "S", respondentGroup: "survivor",
                        groupCode: "SUR", seat: seat
                    ).code)
            }
            try session(
                "declined", site: "north", unit: "centre", group: "survivor", method: .interview,
                status: .consentDeclined, consent: false)
        }
        try answer("a1", "n1", r1, "The counsellor listened to me every week.", both: ["help", "context"])
        try answer("a2", "n1", r1, "Nobody told me what came next.", onlyA: ["gap"])
        try answer(
            "a3", "n2", r2, "The nurse was kind. But the course was far too short.", both: ["help", "gap"],
            helpRange: 0..<20)
        try answer("a4", "n3", r3, "My daughter came home with a trade.", both: ["help"])
        try answer("a5", "n4", r4, "We have no budget for a second counsellor.", both: ["gap"])
        try answer("a6", "n2", r2, "No one visited after I left.", both: ["followup-missing"])
        try answer("a7", "s1", r5, "The group lent me money for pigs.", both: ["help", "followup-missing"])
        try answer("a8", "s2", r6, "The women in the group stood by me.", both: ["help"])
        try answer("a9", "fgd1", nil, "The group meetings give us courage.", both: ["help"])
        try answer(
            "a10", "s3", r8, "Outreach workers are too few for the district.", both: ["gap", "followup-missing"],
            onlyA: ["help"])
        try answer("a11", "k1", r9, "The provinces now refer cases to each other.", both: ["help"])
    }

    private func id(_ name: String) -> String { options.sessionPrefix + name }

    private mutating func person(
        _ name: String, site: String, unit: String?, group: String, sex: String, age: Int
    ) throws -> String {
        try session(name, site: site, unit: unit, group: group, method: .interview)
        let code = try store.allocateRespondent(
            sessionID: id(name), siteID: site, siteCode: site.prefix(1).uppercased(), respondentGroup: group,
            groupCode: group.prefix(3).uppercased(), seat: nil
        ).code
        let uniform = options.uniformProfiles
        try store.setProfileValue(respondentCode: code, fieldID: "sex", value: uniform ? "female" : sex)
        try store.setProfileValue(respondentCode: code, fieldID: "age", value: String(uniform ? 30 : age))
        respondentCodes.append(code)
        return code
    }

    private mutating func session(
        _ name: String, site: String, unit: String?, group: String, method: SessionMethod,
        status: SessionStatus = .completed, consent: Bool = true
    ) throws {
        try store.createSession(
            SessionRecord(
                id: id(name), instrumentID: "talk", instrumentVersion: "1", instrumentSnapshot: "{}", method: method,
                siteID: site, unitID: unit, respondentGroup: group, interviewerCode: "IV-01", language: "en",
                status: status, startedAt: moment, consentAt: consent ? moment : nil))
        sessionIDs.append(id(name))
    }

    private mutating func answer(
        _ name: String, _ session: String, _ respondent: String?, _ text: String, both: [String] = [],
        onlyA: [String] = [], helpRange: Range<Int>? = nil
    ) throws {
        let answerID = try store.addContribution(
            AnswerRecord(
                sessionID: id(session), questionID: "q1", respondentCode: respondent, status: .answered, value: text,
                recordedAt: moment)
        ).id!
        answers[name] = answerID
        answerIDs.append(answerID)
        for code in both {
            for coder in ["A", "B"] { try segment(answerID, code, coder, code == "help" ? helpRange : nil) }
        }
        for code in onlyA { try segment(answerID, code, "A", nil) }
    }

    private func segment(_ answerID: Int64, _ code: String, _ coder: String, _ range: Range<Int>?) throws {
        _ = try store.addSegment(
            SegmentRecord(answerID: answerID, codeID: code, coder: coder, range: range, createdAt: moment))
    }
}
