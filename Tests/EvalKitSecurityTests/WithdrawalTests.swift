import EvalKitSecurity
import EvalKitTestSupport
import Foundation
import Testing

@testable import EvalKitStore

/// A respondent who withdraws disappears: no answer, profile value, memo or note is left,
/// not even in free pages or the WAL.
struct WithdrawalTests {
    /// A plain database makes the byte check meaningful: before withdrawal the text is on disk.
    @Test func aWithdrawnInterviewLeavesNoBytesInTheFileOrTheWAL() throws {
        let folder = try TemporaryDirectory()
        let store = try ProjectStore(path: ProjectStore.path(inProject: folder.path))
        let code = try store.addInterview("s1", answer: "went with a neighbour to the brick kiln")
        try store.addInterview("s2", answer: "stayed at the centre for four months")
        #expect(bytesOnDisk(store).contains("brick kiln"))

        let summary = try store.withdrawRespondent(code: code, actor: "IV-01", at: Known.morning)

        #expect(
            summary
                == WithdrawalSummary(
                    respondentCode: code, sessionID: "s1", answers: 1, profileValues: 1, segments: 1, notes: 1,
                    sessionWithdrawn: true))
        let disk = bytesOnDisk(store)
        // s2 has the same profile value, note and memo, so only s1's answer text is unique to it.
        #expect(!disk.contains("brick kiln"))
        #expect(try store.notes(sessionID: "s1").isEmpty)
        #expect(disk.contains("four months"))
        #expect(try store.answers(sessionID: "s1").isEmpty)
        #expect(try store.respondents(sessionID: "s1").isEmpty)
        #expect(try store.profileValues(respondentCode: code).isEmpty)
        let session = try #require(try store.session(id: "s1"))
        #expect(session.status == .withdrawn)
        #expect(session.interviewerCode == nil)
        #expect(session.instrumentSnapshot == "")
        #expect(session.consentAt == nil)
        #expect(session.startedAt == Date(timeIntervalSince1970: 1_304_467_200))
        #expect((try FileManager.default.attributesOfItem(atPath: store.path + "-wal")[.size] as? Int) == 0)
        #expect(
            try store.auditEvents().map { "\($0.actor) \($0.action) \($0.target ?? "")" } == [
                "IV-01 respondent.withdraw \(code)"
            ])
    }

    @Test func theWithdrawnRespondentsCiphertextIsGoneToo() throws {
        let folder = try TemporaryDirectory()
        let store = try ProjectStore(path: ProjectStore.path(inProject: folder.path), keys: keys("river stone lamp"))
        let code = try store.addInterview("s1")
        guard case .blob(let sealed) = try store.rawRows("SELECT value FROM answer").first?["value"] else {
            Issue.record("no sealed answer")
            return
        }
        #expect(bytesOnDisk(store).range(of: sealed) != nil)
        try store.withdrawRespondent(code: code, actor: "IV-01", at: Known.morning)
        #expect(bytesOnDisk(store).range(of: sealed) == nil)
    }

    @Test func anFGDParticipantsLinesGoAndTheGroupsStay() throws {
        let folder = try TemporaryDirectory()
        let store = try ProjectStore(path: ProjectStore.path(inProject: folder.path))
        try store.createSession(
            SessionRecord(
                id: "g1", instrumentID: "fgd", instrumentVersion: "1", instrumentSnapshot: "{}", method: .fgd,
                siteID: "lao-cai", unitID: nil, respondentGroup: "survivors", interviewerCode: "IV-02",
                language: "vi", startedAt: Known.morning, consentAt: Known.morning))
        var codes: [String] = []
        for seat in 1...2 {
            codes.append(
                try store.allocateRespondent(
                    sessionID: "g1", siteID: "lao-cai", siteCode: "A", respondentGroup: "survivors",
                    groupCode: "SURV", seat: seat
                ).code)
        }
        try store.setProfileValue(respondentCode: codes[0], fieldID: "age", value: "twenty-three")
        for (code, text) in [(codes[0], "the broker came from the next commune"), (codes[1], "we need job training")] {
            _ = try store.addContribution(
                AnswerRecord(
                    sessionID: "g1", questionID: "why", respondentCode: code, status: .answered, value: text,
                    recordedAt: Known.morning))
        }
        _ = try store.addContribution(
            AnswerRecord(
                sessionID: "g1", questionID: "why", respondentCode: nil, status: .answered,
                value: "the group agreed on poverty", recordedAt: Known.morning))

        let summary = try store.withdrawRespondent(code: codes[0], actor: "IV-02", at: Known.morning)

        #expect(summary.answers == 1 && summary.profileValues == 1 && !summary.sessionWithdrawn)
        #expect(
            try store.answers(sessionID: "g1").compactMap(\.value) == [
                "we need job training", "the group agreed on poverty",
            ])
        #expect(try store.respondents(sessionID: "g1").map(\.code) == [codes[1]])
        #expect(try store.session(id: "g1")?.status == .inProgress)
        let disk = bytesOnDisk(store)
        #expect(!disk.contains("next commune"))
        #expect(!disk.contains("twenty-three"))
        // The number is not given again.
        let next = try store.allocateRespondent(
            sessionID: "g1", siteID: "lao-cai", siteCode: "A", respondentGroup: "survivors", groupCode: "SURV",
            seat: 3)
        #expect(next.code == "A-SURV-003")
    }

    @Test func anUnknownCodeIsRefused() throws {
        let folder = try TemporaryDirectory()
        let store = try ProjectStore(path: ProjectStore.path(inProject: folder.path))
        let error = #expect(throws: StoreError.self) {
            try store.withdrawRespondent(code: "A-SURV-404", actor: "IV-01", at: Known.morning)
        }
        #expect(error?.reason == .unknownRespondent("A-SURV-404"))
    }
}
