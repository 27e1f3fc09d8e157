import EvalKitCore
import EvalKitInstruments
import EvalKitStore
import EvalKitTestSupport
import Foundation
import Testing

/// The worked example of docs/scoring.md, as a project on disk and a store. Every number the
/// tests expect was worked out by hand in that document.
///
/// Coders A and B; the rubric counts a code when both applied it. Respondents:
/// north (centre): R1 survivor F 22, R2 survivor F 30, R3 family M 45, R4 social affairs F 40;
/// south (outreach): R5 survivor F 19, R6 survivor F 27, an FGD group answer (survivors),
/// R8 official M 50; capital (no unit): R9 official F 35.
struct WorkedExample {
    let folder: TemporaryDirectory
    let project: Project
    let store: ProjectStore
    /// Answer ids by name (a1 … a10), for checking quotes.
    private(set) var answers: [String: Int64] = [:]
    private let moment = Date(timeIntervalSince1970: 1_300_000_000)

    init(judgements: Bool = true) throws {
        folder = try TemporaryDirectory()
        var files: [String] = []
        var contents = [
            ("framework", WorkedExampleFiles.framework), ("codebook", WorkedExampleFiles.codebook),
            ("rubric", WorkedExampleFiles.rubric), ("guide", WorkedExampleFiles.guide),
            ("consent", WorkedExampleFiles.consent),
        ]
        if judgements { contents.append(("judgements", WorkedExampleFiles.judgements)) }
        for (name, text) in contents {
            let path = folder.path + "/\(name).xml"
            try Data(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + text).utf8).write(to: URL(fileURLWithPath: path))
            files.append(path)
        }
        let loaded = ProjectLoader().load(files: files, directory: folder.path)
        let errors = loaded.diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty else { throw ProjectFixtureError(diagnostics: errors) }
        project = loaded.project
        store = try ProjectStore(path: ProjectStore.path(inProject: folder.path))
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

    private func person(
        _ id: String, site: String, unit: String?, group: String, sex: String, age: Int
    ) throws -> String {
        try session(id, site: site, unit: unit, group: group, method: .interview)
        let code = try store.allocateRespondent(
            sessionID: id, siteID: site, siteCode: site.prefix(1).uppercased(), respondentGroup: group,
            groupCode: group.prefix(3).uppercased(), seat: nil
        ).code
        try store.setProfileValue(respondentCode: code, fieldID: "sex", value: sex)
        try store.setProfileValue(respondentCode: code, fieldID: "age", value: String(age))
        return code
    }

    private func session(_ id: String, site: String, unit: String?, group: String, method: SessionMethod) throws {
        try store.createSession(
            SessionRecord(
                id: id, instrumentID: "talk", instrumentVersion: "1", instrumentSnapshot: "{}", method: method,
                siteID: site, unitID: unit, respondentGroup: group, interviewerCode: "IV-01", language: "en",
                startedAt: moment, consentAt: moment))
    }

    private mutating func answer(
        _ name: String, _ session: String, _ respondent: String?, _ text: String, both: [String] = [],
        onlyA: [String] = [], helpRange: Range<Int>? = nil
    ) throws {
        let id = try store.addContribution(
            AnswerRecord(
                sessionID: session, questionID: "q1", respondentCode: respondent, status: .answered, value: text,
                recordedAt: moment)
        ).id!
        answers[name] = id
        for code in both {
            for coder in ["A", "B"] {
                try segment(id, code, coder, code == "help" ? helpRange : nil)
            }
        }
        for code in onlyA { try segment(id, code, "A", nil) }
    }

    private func segment(_ answerID: Int64, _ code: String, _ coder: String, _ range: Range<Int>?) throws {
        _ = try store.addSegment(
            SegmentRecord(answerID: answerID, codeID: code, coder: coder, range: range, createdAt: moment))
    }
}
