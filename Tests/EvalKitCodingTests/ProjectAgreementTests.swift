import EvalKitCoding
import EvalKitStore
import EvalKitTestSupport
import Foundation
import Testing

struct ProjectAgreementTests {
    private let moment = Date(timeIntervalSince1970: 1_300_000_000)

    /// Four answers: a1 both coders code debt; a2 A codes debt and safety, B safety; a3 A reviews
    /// it and applies nothing, B codes safety; a4 only A codes it (safety).
    private func project() throws -> (TemporaryDirectory, ProjectStore) {
        let folder = try TemporaryDirectory()
        let store = try ProjectStore(path: ProjectStore.path(inProject: folder.path))
        try store.createSession(
            SessionRecord(
                id: "s1", instrumentID: "guide", instrumentVersion: "1", instrumentSnapshot: "{}", method: .interview,
                siteID: "north", unitID: nil, respondentGroup: "survivor", interviewerCode: nil, language: "en",
                startedAt: moment, consentAt: moment))
        let ids = try (1...4).map { number in
            try store.addContribution(
                AnswerRecord(
                    sessionID: "s1", questionID: "q\(number)", respondentCode: nil, status: .answered,
                    value: "answer \(number)", recordedAt: moment)
            ).id!
        }
        try store.replaceCodebook([
            StoredCode(
                id: "debt", parentID: nil, position: 0, label: "Debt", colour: "#000000", valence: "negative",
                weight: 1, criteria: [], evaluationQuestions: []),
            StoredCode(
                id: "safety", parentID: nil, position: 1, label: "Safety", colour: "#FFFFFF", valence: "positive",
                weight: 1, criteria: [], evaluationQuestions: []),
        ])
        func code(_ answer: Int, _ code: String, _ coder: String) throws {
            _ = try store.addSegment(
                SegmentRecord(answerID: ids[answer - 1], codeID: code, coder: coder, range: nil, createdAt: moment))
        }
        try code(1, "debt", "A")
        try code(1, "debt", "B")
        try code(2, "debt", "A")
        try code(2, "safety", "A")
        try code(2, "safety", "B")
        try store.markReviewed(coder: "A", answerIDs: [ids[2]], at: moment)
        try code(3, "safety", "B")
        try code(4, "safety", "A")
        return (folder, store)
    }

    @Test func perCodeAndOverallAgreementMatchTheHandCount() throws {
        let (folder, store) = try project()
        let report = try ProjectAgreement.compute(store: store, coders: ["A", "B"])
        #expect(report.codes.map(\.code) == ["debt", "safety"])
        let debt = try #require(report.codes.first)
        #expect(debt.answersCoded == 2)
        #expect(debt.agreement.units == 4)
        #expect(abs(debt.agreement.percentAgreement! - 2.0 / 3.0) < 1e-12)
        #expect(abs(debt.agreement.cohensKappa! - 0.4) < 1e-12)
        #expect(abs(debt.agreement.fleissKappa! - 1.0 / 3.0) < 1e-12)
        #expect(abs(debt.agreement.krippendorffAlpha! - 4.0 / 9.0) < 1e-12)
        let safety = report.codes[1]
        #expect(safety.answersCoded == 3)
        #expect(abs(safety.agreement.cohensKappa! - 0.4) < 1e-12)
        // Overall: the whole code set must match; only a1 agrees of the three both reviewed.
        #expect(abs(report.overall.percentAgreement! - 1.0 / 3.0) < 1e-12)
        #expect(abs(report.overall.cohensKappa! - 0.25) < 1e-12)
        withExtendedLifetime(folder) {}
    }

    @Test func aCoderWhoReviewedNothingLeavesEveryStatisticUndefined() throws {
        let (folder, store) = try project()
        let report = try ProjectAgreement.compute(store: store, coders: ["A", "C"])
        #expect(report.overall.cohensKappa == nil)
        #expect(report.overall.krippendorffAlpha == nil)
        #expect(report.codes.allSatisfy { $0.agreement.percentAgreement == nil })
        withExtendedLifetime(folder) {}
    }
}
