import EvalKitCore
import EvalKitInstruments
import EvalKitStore
import EvalKitTestSupport
import Foundation

/// What the REFI-QDA export and import tests share: a two-code Vietnamese codebook, a store in
/// a fresh folder, consented sessions, and quick ways to add answers and segments.
struct REFIFixture {
    static let first = "Gia đình tôi mắc nợ nhiều."
    static let second = "Tôi bị e\u{301}p làm 👍 việc ở nhà hàng."
    static let moment = Date(timeIntervalSince1970: 1_300_000_000)

    let folder: TemporaryDirectory
    let store: ProjectStore
    let codebook: Codebook

    init(sessions: [String]) throws {
        folder = try TemporaryDirectory()
        store = try ProjectStore(path: ProjectStore.path(inProject: folder.path))
        codebook = Codebook(
            id: "vi-codes", version: "1", title: LocalizedText(english: "Codes"),
            codes: [
                Code(
                    id: "debt", name: LocalizedText(["en": "Debt", "vi": "Nợ"]),
                    use: LocalizedText(english: "Money owed."), colour: "#C08A5B", valence: .negative),
                Code(
                    id: "forced", name: LocalizedText(english: "Forced work"),
                    use: LocalizedText(english: "Work under force."), colour: "#5D4037", valence: .negative),
            ])
        try store.replaceCodebook(
            ["debt", "forced"].enumerated().map { index, id in
                StoredCode(
                    id: id, parentID: nil, position: index, label: id, colour: "#000000", valence: "negative",
                    weight: 1, criteria: [], evaluationQuestions: [])
            })
        for id in sessions {
            try store.createSession(
                SessionRecord(
                    id: id, instrumentID: "survivor-centre", instrumentVersion: "1", instrumentSnapshot: "{}",
                    method: .interview, siteID: "lao-cai", unitID: nil, respondentGroup: "survivors",
                    interviewerCode: "IV-01", language: "vi", startedAt: Self.moment, consentAt: Self.moment))
        }
    }

    func answer(_ session: String, _ question: String, _ text: String) throws -> Int64 {
        try store.addContribution(
            AnswerRecord(
                sessionID: session, questionID: question, respondentCode: nil, status: .answered, value: text,
                recordedAt: Self.moment)
        ).id!
    }

    func segment(_ answerID: Int64, _ code: String, _ range: Range<Int>?, coder: String) throws {
        _ = try store.addSegment(
            SegmentRecord(answerID: answerID, codeID: code, coder: coder, range: range, createdAt: Self.moment))
    }
}
