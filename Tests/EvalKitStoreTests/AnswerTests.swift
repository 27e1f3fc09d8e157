import EvalKitCore
import Foundation
import Testing

@testable import EvalKitStore

struct AnswerTests {
    @Test func anAnswerRoundTripsWithVietnameseText() throws {
        let project = try TestProject()
        try project.session()
        let saved = try project.store.setAnswer(Sample.answer(value: Sample.vietnamese))
        var expected = Sample.answer(value: Sample.vietnamese)
        expected.id = saved.id
        #expect(saved.id != nil)
        #expect(saved == expected)
        #expect(try project.store.answers(sessionID: "s1") == [expected])
    }

    @Test func declinedAndEmptyAnswersRoundTrip() throws {
        let project = try TestProject()
        try project.session()
        let declined = try project.store.setAnswer(Sample.answer(question: "q1", value: nil, status: .declined))
        let empty = try project.store.setAnswer(Sample.answer(question: "q2", value: ""))
        #expect(try project.store.answers(sessionID: "s1") == [declined, empty])
        #expect(declined.value == nil)
        #expect(empty.value == "")
    }

    /// The second store stands for another process, or the same one after a crash.
    @Test func aSavedAnswerIsCommittedWhenSetAnswerReturns() throws {
        let project = try TestProject()
        try project.session()
        let saved = try project.store.setAnswer(Sample.answer(value: Sample.vietnamese))
        let reader = try project.open()
        #expect(try reader.answers(sessionID: "s1") == [saved])
        #expect(try reader.answerCount(sessionID: "s1") == 1)
    }

    @Test func setAnswerReplacesTheSameRespondentsAnswer() throws {
        let project = try TestProject()
        try project.session()
        let code = try project.store.allocateRespondent(
            sessionID: "s1", siteID: "lao-cai", siteCode: "A", respondentGroup: "survivors", groupCode: "SURV",
            seat: nil
        ).code
        let first = try project.store.setAnswer(Sample.answer(respondent: code, value: "first"))
        let other = try project.store.setAnswer(Sample.answer(question: "other", respondent: code, value: "kept"))
        let second = try project.store.setAnswer(Sample.answer(respondent: code, value: "second"))
        #expect(second.id != first.id)
        #expect(try project.store.answers(sessionID: "s1") == [other, second])
    }

    @Test func setAnswerReplacesTheGroupsAnswerWhenThereIsNoRespondent() throws {
        let project = try TestProject()
        try project.session("fgd", method: .fgd)
        let code = try project.store.allocateRespondent(
            sessionID: "fgd", siteID: "lao-cai", siteCode: "A", respondentGroup: "survivors", groupCode: "SURV", seat: 1
        ).code
        let person = try project.store.setAnswer(Sample.answer("fgd", respondent: code, value: "one person"))
        _ = try project.store.setAnswer(Sample.answer("fgd", respondent: nil, value: "group, first"))
        let group = try project.store.setAnswer(Sample.answer("fgd", respondent: nil, value: "group, second"))
        #expect(try project.store.answers(sessionID: "fgd") == [person, group])
    }

    @Test func contributionsAreAddedNotReplaced() throws {
        let project = try TestProject()
        try project.session("fgd", method: .fgd)
        let code = try project.store.allocateRespondent(
            sessionID: "fgd", siteID: "lao-cai", siteCode: "A", respondentGroup: "survivors", groupCode: "SURV", seat: 1
        ).code
        let contributions = try ["first turn", "second turn"].map {
            try project.store.addContribution(Sample.answer("fgd", respondent: code, value: $0))
        }
        let fromGroup = try project.store.addContribution(Sample.answer("fgd", respondent: nil, value: "nods"))
        #expect(try project.store.answers(sessionID: "fgd") == contributions + [fromGroup])
        #expect(try project.store.answerCount(sessionID: "fgd") == 3)
    }

    @Test func deletingAnAnswerRemovesOnlyIt() throws {
        let project = try TestProject()
        try project.session()
        let first = try project.store.setAnswer(Sample.answer(question: "q1", value: "a"))
        let second = try project.store.setAnswer(Sample.answer(question: "q2", value: "b"))
        try project.store.deleteAnswer(id: try #require(first.id))
        try project.store.deleteAnswer(id: 9_999)
        #expect(try project.store.answers(sessionID: "s1") == [second])
    }

    /// Consent comes before any answer is kept.
    @Test func noAnswerIsKeptBeforeConsent() throws {
        let project = try TestProject()
        try project.session("early", consented: false)
        let error = #expect(throws: StoreError.self) {
            try project.store.setAnswer(Sample.answer("early", value: Sample.vietnamese))
        }
        #expect(
            error?.description
                == "\(project.path): error: session 'early' has no recorded consent; nothing said in it may be kept")
        #expect(error?.exitStatus == .dataError)
        #expect(throws: StoreError.self) { try project.store.addContribution(Sample.answer("early", value: "x")) }
        #expect(try project.raw("SELECT * FROM answer") == [])

        try project.store.recordConsent(sessionID: "early", at: Sample.morning, guardianAt: nil, interpreterUsed: nil)
        #expect(try project.store.setAnswer(Sample.answer("early", value: "now")).value == "now")
    }

    @Test func anAnswerNeedsAKnownSessionAndRespondent() throws {
        let project = try TestProject()
        try project.session()
        let session = #expect(throws: StoreError.self) {
            try project.store.setAnswer(Sample.answer("nope", value: "x"))
        }
        #expect(session?.description == "\(project.path): error: no session 'nope' in the project database")
        let respondent = #expect(throws: StoreError.self) {
            try project.store.setAnswer(Sample.answer(respondent: "A-SURV-042", value: "x"))
        }
        #expect(respondent?.description == "\(project.path): error: no respondent 'A-SURV-042' in the project database")
    }

    @Test func notesRoundTripInOrder() throws {
        let project = try TestProject()
        try project.session()
        let first = try project.store.addNote(
            NoteRecord(sessionID: "s1", questionID: "return.safe", text: Sample.vietnamese, createdAt: Sample.morning))
        let second = try project.store.addNote(
            NoteRecord(sessionID: "s1", questionID: nil, text: "quiet room", createdAt: Sample.morning))
        #expect(first.id != nil && first.id != second.id)
        #expect(first.text == Sample.vietnamese)
        #expect(try project.store.notes(sessionID: "s1") == [first, second])
        #expect(try project.store.notes(sessionID: "other") == [])
    }

    @Test func eventsRoundTripInOrder() throws {
        let project = try TestProject()
        try project.session("s1", consented: false)
        let kinds: [SessionEventKind] = [
            .paused, .resumed, .distressPause, .instrumentChangeAccepted, .stoppedByRespondent, .completed,
        ]
        for (offset, kind) in kinds.enumerated() {
            try project.store.addEvent(
                SessionEventRecord(
                    sessionID: "s1", kind: kind, questionID: offset.isMultiple(of: 2) ? "q\(offset)" : nil,
                    at: Sample.morning.addingTimeInterval(Double(offset))))
        }
        let events = try project.store.events(sessionID: "s1")
        #expect(events.map(\.kind) == kinds)
        #expect(events.map(\.questionID) == ["q0", nil, "q2", nil, "q4", nil])
        #expect(events.map(\.at) == kinds.indices.map { Sample.morning.addingTimeInterval(Double($0)) })
        #expect(Set(events.compactMap(\.id)).count == kinds.count)
    }
}
