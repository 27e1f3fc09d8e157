import EvalKitCoding
import EvalKitCore
import EvalKitInstruments
import EvalKitStore
import EvalKitTestSupport
import Foundation

/// docs/scoring.md's worked example as a project folder (Instruments/, Consent/, Analysis/,
/// Report/) with its store, plus what a report needs: FGD participants, a declined and a
/// withdrawn session, a sampling plan, a narrative and findings.
///
/// Sessions held with consent: north (centre) interviews with 2 survivors, 1 family member and
/// 1 social-affairs official; south (outreach) 2 survivors, 1 official and an FGD of 3
/// survivors; capital 1 official.
struct ReportFixture {
    let folder: TemporaryDirectory
    let project: Project
    let store: ProjectStore
    private(set) var respondentCodes: [String] = []
    private(set) var sessionIDs: [String] = []
    private(set) var answerIDs: [Int64] = []
    private let moment = Date(timeIntervalSince1970: 1_300_000_000)

    init(
        findings: String = ReportFixtureFiles.findings, rubric: String = ReportFixtureFiles.rubric,
        judgements: String = ReportFixtureFiles.judgements
    ) throws {
        folder = try TemporaryDirectory()
        let files = [
            ("Instruments/framework.xml", ReportFixtureFiles.framework),
            ("Instruments/codebook.xml", ReportFixtureFiles.codebook),
            ("Instruments/talk.xml", ReportFixtureFiles.guide), ("Consent/consent.xml", ReportFixtureFiles.consent),
            ("Analysis/rubric.xml", rubric), ("Analysis/judgements.xml", judgements),
            ("Analysis/findings.xml", findings),
            ("Report/narrative.xml", ReportFixtureFiles.narrative),
        ]
        for (name, text) in files {
            let path = folder.file(name)
            try FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + text).utf8).write(to: URL(fileURLWithPath: path))
        }
        let loaded = ProjectLoader().load(try ProjectLayout(directory: folder.path))
        let errors = loaded.diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty else { throw ProjectFixtureError(diagnostics: errors) }
        project = loaded.project
        let path = ProjectStore.path(inProject: folder.path)
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        store = try ProjectStore(path: path)
        if let codebook = project.codebook { try store.replaceCodebook(StoredCode.all(of: codebook)) }
        try record()
    }

    private mutating func record() throws {
        let r1 = try person("session-n1", site: "north", unit: "centre", group: "survivor")
        let r2 = try person("session-n2", site: "north", unit: "centre", group: "survivor")
        let r3 = try person("session-n3", site: "north", unit: "centre", group: "family")
        let r4 = try person("session-n4", site: "north", unit: "centre", group: "social-affairs")
        let r5 = try person("session-s1", site: "south", unit: "outreach", group: "survivor")
        let r6 = try person("session-s2", site: "south", unit: "outreach", group: "survivor")
        let r8 = try person("session-s3", site: "south", unit: "outreach", group: "government")
        let r9 = try person("session-k1", site: "capital", unit: nil, group: "government")
        try session("session-fgd1", site: "south", unit: "outreach", group: "survivor", method: .fgd)
        for seat in 1...3 {
            respondentCodes.append(
                try store.allocateRespondent(
                    sessionID: "session-fgd1", siteID: "south", siteCode: "S", respondentGroup: "survivor",
                    groupCode: "SUR", seat: seat
                ).code)
        }
        try session(
            "session-declined", site: "north", unit: "centre", group: "survivor", method: .interview,
            status: .consentDeclined, consent: false)

        try answer("session-n1", r1, "The counsellor listened to me every week.", both: ["help", "context"])
        try answer("session-n1", r1, "Nobody told me what came next.", onlyA: ["gap"])
        try answer(
            "session-n2", r2, "The nurse was kind. But the course was far too short.", both: ["help", "gap"],
            helpRange: 0..<20)
        try answer("session-n3", r3, "My daughter came home with a trade.", both: ["help"])
        try answer("session-n4", r4, "We have no budget for a second counsellor.", both: ["gap"])
        try answer("session-n2", r2, "No one visited after I left.", both: ["followup-missing"])
        try answer("session-s1", r5, "The group lent me money for pigs.", both: ["help", "followup-missing"])
        try answer("session-s2", r6, "The women in the group stood by me.", both: ["help"])
        try answer("session-fgd1", nil, "The group meetings give us courage.", both: ["help"])
        try answer(
            "session-s3", r8, "Outreach workers are too few for the district.", both: ["gap", "followup-missing"],
            onlyA: ["help"])
        try answer("session-k1", r9, "The provinces now refer cases to each other.", both: ["help"])
    }

    private mutating func person(_ id: String, site: String, unit: String?, group: String) throws -> String {
        try session(id, site: site, unit: unit, group: group, method: .interview)
        let code = try store.allocateRespondent(
            sessionID: id, siteID: site, siteCode: site.prefix(1).uppercased(), respondentGroup: group,
            groupCode: group.prefix(3).uppercased(), seat: nil
        ).code
        try store.setProfileValue(respondentCode: code, fieldID: "sex", value: "female")
        try store.setProfileValue(respondentCode: code, fieldID: "age", value: "30")
        respondentCodes.append(code)
        return code
    }

    private mutating func session(
        _ id: String, site: String, unit: String?, group: String, method: SessionMethod,
        status: SessionStatus = .completed, consent: Bool = true
    ) throws {
        try store.createSession(
            SessionRecord(
                id: id, instrumentID: "talk", instrumentVersion: "1", instrumentSnapshot: "{}", method: method,
                siteID: site, unitID: unit, respondentGroup: group, interviewerCode: "IV-01", language: "en",
                status: status, startedAt: moment, consentAt: consent ? moment : nil))
        sessionIDs.append(id)
    }

    private mutating func answer(
        _ session: String, _ respondent: String?, _ text: String, both: [String] = [], onlyA: [String] = [],
        helpRange: Range<Int>? = nil
    ) throws {
        let id = try store.addContribution(
            AnswerRecord(
                sessionID: session, questionID: "q1", respondentCode: respondent, status: .answered, value: text,
                recordedAt: moment)
        ).id!
        answerIDs.append(id)
        for code in both {
            for coder in ["A", "B"] {
                _ = try store.addSegment(
                    SegmentRecord(
                        answerID: id, codeID: code, coder: coder, range: code == "help" ? helpRange : nil,
                        createdAt: moment))
            }
        }
        for code in onlyA {
            _ = try store.addSegment(
                SegmentRecord(answerID: id, codeID: code, coder: "A", range: nil, createdAt: moment))
        }
    }
}
