import EvalKitSecurity
import EvalKitTestSupport
import Foundation

@testable import EvalKitStore

/// Cheap scrypt for tests: the cost is stored in the keyring, so the code paths are the same.
let testKDF = PassphraseKDF(costLog2: 10, blockSize: 8, parallelism: 1)

/// Keys that answer with `passphrase`, for an existing project and a new one alike.
func keys(_ passphrase: String, create: Bool = true) -> PassphraseKeys {
    PassphraseKeys(passphrase: { passphrase }, newPassphrase: create ? { passphrase } : nil, kdf: testKDF)
}

enum Known {
    static let morning = Date(timeIntervalSince1970: 1_304_501_400)
    static let answer = "Tôi về nhà bằng xe khách qua cửa khẩu Lào Cai"
    static let note = "Respondent asked to pause near the river question"
    static let profile = "lives with an aunt in the district town"
    static let memo = "border crossing described in detail"
}

extension ProjectStore {
    /// A consented interview `id` with one respondent who has a profile value, an answer, a
    /// note and a coded segment with a memo; returns the respondent's code.
    @discardableResult
    func addInterview(
        _ id: String, answer: String = Known.answer, site: String = "lao-cai", siteCode: String = "A"
    ) throws -> String {
        try createSession(
            SessionRecord(
                id: id, instrumentID: "survivor-centre", instrumentVersion: "1.0", instrumentSnapshot: "{}",
                method: .interview, siteID: site, unitID: "centre", respondentGroup: "survivors",
                interviewerCode: "IV-01", language: "vi", startedAt: Known.morning,
                consentAt: Known.morning.addingTimeInterval(60)))
        let code = try allocateRespondent(
            sessionID: id, siteID: site, siteCode: siteCode, respondentGroup: "survivors", groupCode: "SURV",
            seat: nil
        ).code
        try setProfileValue(respondentCode: code, fieldID: "living", value: Known.profile)
        let saved = try setAnswer(
            AnswerRecord(
                sessionID: id, questionID: "return.journey", respondentCode: code, status: .answered, value: answer,
                recordedAt: Known.morning.addingTimeInterval(300)))
        _ = try addNote(
            NoteRecord(sessionID: id, questionID: "return.journey", text: Known.note, createdAt: Known.morning))
        try replaceSegments(
            coder: "AN-01", answerIDs: [saved.id!],
            with: [
                SegmentRecord(
                    answerID: saved.id!, codeID: "journey", coder: "AN-01", range: nil, memo: Known.memo,
                    createdAt: Known.morning)
            ])
        return code
    }
}

/// The bytes of the database file and its WAL, as a thief would copy them.
func bytesOnDisk(_ store: ProjectStore) -> Data {
    var data = Data()
    for suffix in ["", "-wal"] {
        if let bytes = FileManager.default.contents(atPath: store.path + suffix) { data.append(bytes) }
    }
    return data
}

extension Data {
    func contains(_ text: String) -> Bool { range(of: Data(text.utf8)) != nil }
}
