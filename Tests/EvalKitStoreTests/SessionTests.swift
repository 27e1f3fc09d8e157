import EvalKitCore
import Foundation
import Testing

@testable import EvalKitStore

struct SessionTests {
    @Test func aSessionRoundTripsWithEveryField() throws {
        let project = try TestProject()
        var session = Sample.session("s-full", method: .fgd)
        session.instrumentSnapshot = Sample.vietnamese
        session.interpreterUsed = true
        session.status = .completed
        session.endedAt = Sample.morning.addingTimeInterval(3600)
        session.consentAt = Sample.morning.addingTimeInterval(60)
        session.guardianConsentAt = Sample.morning.addingTimeInterval(30)
        try project.store.createSession(session)
        #expect(try project.store.session(id: "s-full") == session)
        #expect(try project.store.session(id: "nope") == nil)
    }

    @Test func aSessionWithOnlyTheRequiredFieldsRoundTrips() throws {
        let project = try TestProject()
        var session = Sample.session("s-min")
        session.unitID = nil
        session.interviewerCode = nil
        try project.store.createSession(session)
        #expect(try project.store.session(id: "s-min") == session)
    }

    @Test func aSessionIdCanBeUsedOnlyOnce() throws {
        let project = try TestProject()
        try project.session("twice")
        let error = #expect(throws: StoreError.self) { try project.store.createSession(Sample.session("twice")) }
        #expect(
            error?.description == "\(project.path): error: a session 'twice' already exists in the project database")
        #expect(error?.exitStatus == .dataError)
    }

    @Test func consentStatusAndInstrumentChangesAreSaved() throws {
        let project = try TestProject()
        try project.session("s1", consented: false)
        let consent = Sample.morning.addingTimeInterval(120)
        try project.store.recordConsent(sessionID: "s1", at: consent, guardianAt: consent, interpreterUsed: false)
        try project.store.updateInstrument(sessionID: "s1", version: "1.1", snapshot: #"{"questions":[]}"#)
        try project.store.setStatus(
            sessionID: "s1", .stoppedByRespondent, endedAt: Sample.morning.addingTimeInterval(900))
        let saved = try #require(try project.store.session(id: "s1"))
        #expect(saved.consentAt == consent)
        #expect(saved.guardianConsentAt == consent)
        #expect(saved.interpreterUsed == false)
        #expect(saved.instrumentVersion == "1.1")
        #expect(saved.instrumentSnapshot == #"{"questions":[]}"#)
        #expect(saved.status == .stoppedByRespondent)
        #expect(saved.endedAt == Sample.morning.addingTimeInterval(900))

        try project.store.setStatus(sessionID: "s1", .inProgress, endedAt: nil)
        #expect(try project.store.session(id: "s1")?.endedAt == nil)
    }

    /// A value this EvalKit does not know (a newer status, a damaged field) is an error, not a crash.
    @Test func anUnknownStoredValueIsReportedNotFatal() throws {
        let project = try TestProject()
        try project.session("later")
        try project.session("damaged")
        try project.store.rawExecute("UPDATE session SET status = 'paused-by-v2' WHERE id = 'later'")
        try project.store.rawExecute("UPDATE session SET startedAt = x'00ff' WHERE id = 'damaged'")
        for id in ["later", "damaged"] {
            let error = #expect(throws: StoreError.self) { try project.store.session(id: id) }
            #expect(
                error?.description
                    == "\(project.path): error: a row of table 'session' holds a value this EvalKit cannot read; "
                    + "the database may be damaged or written by a newer EvalKit")
            #expect(error?.exitStatus == .dataError)
        }
        #expect(throws: StoreError.self) { try project.store.setAnswer(Sample.answer("later", value: "x")) }
    }

    @Test func changingAnUnknownSessionIsAnError() throws {
        let project = try TestProject()
        let message = "\(project.path): error: no session 'nope' in the project database"
        let store = project.store
        let errors = [
            #expect(throws: StoreError.self) { try store.setStatus(sessionID: "nope", .completed, endedAt: nil) },
            #expect(throws: StoreError.self) {
                try store.recordConsent(sessionID: "nope", at: Sample.day, guardianAt: nil, interpreterUsed: nil)
            },
            #expect(throws: StoreError.self) {
                try store.updateInstrument(sessionID: "nope", version: "2", snapshot: "")
            },
            #expect(throws: StoreError.self) {
                try store.addEvent(
                    SessionEventRecord(sessionID: "nope", kind: .paused, questionID: nil, at: Sample.day))
            },
        ]
        for error in errors {
            #expect(error?.description == message)
            #expect(error?.exitStatus == .dataError)
        }
    }

    /// Only instrument, method, site, unit, group and the day are kept; nothing else is on disk.
    @Test func aDeclinedConsentKeepsOnlySiteGroupAndDay() throws {
        let project = try TestProject()
        let declined = try project.store.recordConsentDeclined(
            instrumentID: "survivor-centre", method: .interview, siteID: "lao-cai", unitID: "centre",
            respondentGroup: "survivors", on: Sample.day.addingTimeInterval(14 * 3600 + 1234.5))
        #expect(declined.startedAt == Sample.day)
        #expect(try project.store.session(id: declined.id) == declined)
        let rows = try project.raw("SELECT * FROM session WHERE id = ?", declined.id)
        #expect(
            rows == [
                [
                    "id": .text(declined.id), "instrumentID": .text("survivor-centre"), "instrumentVersion": .text(""),
                    "instrumentSnapshot": .text(""), "method": .text("interview"), "siteID": .text("lao-cai"),
                    "unitID": .text("centre"), "respondentGroup": .text("survivors"), "interviewerCode": .null,
                    "language": .text(""), "interpreterUsed": .null, "status": .text("consent-declined"),
                    "startedAt": .text("2011-05-04 00:00:00.000"), "endedAt": .null, "consentAt": .null,
                    "guardianConsentAt": .null, "importedFrom": .null, "consentAttestedBy": .null,
                    "sourceDigest": .null,
                ]
            ])
        #expect(try project.raw("SELECT * FROM respondent") == [])
        #expect(try project.raw("SELECT * FROM sessionEvent") == [])
    }

    @Test func nothingSaidIsKeptForADeclinedSession() throws {
        let project = try TestProject()
        let declined = try project.store.recordConsentDeclined(
            instrumentID: "fgd", method: .fgd, siteID: "bac-giang", unitID: nil, respondentGroup: "families",
            on: Sample.morning)
        let error = #expect(throws: StoreError.self) {
            try project.store.setAnswer(Sample.answer(declined.id, value: Sample.vietnamese))
        }
        #expect(
            error?.description
                == "\(project.path): error: session '\(declined.id)' is consent-declined; nothing said in it may be kept"
        )
        #expect(throws: StoreError.self) {
            try project.store.allocateRespondent(
                sessionID: declined.id, siteID: "bac-giang", siteCode: "B", respondentGroup: "families",
                groupCode: "FAM", seat: nil)
        }
        #expect(try project.store.answerCount(sessionID: declined.id) == 0)
    }

    @Test func sessionsAreFoundByTheStartOfTheirId() throws {
        let project = try TestProject()
        for id in ["a1b2", "a1c3", "A1d4", "b1", "a%1", "a_2"] { try project.session(id) }
        #expect(try project.store.sessions(matchingPrefix: "a1").map(\.id) == ["a1b2", "a1c3"])
        #expect(try project.store.sessions(matchingPrefix: "a%").map(\.id) == ["a%1"])
        #expect(try project.store.sessions(matchingPrefix: "a_").map(\.id) == ["a_2"])
        #expect(try project.store.sessions(matchingPrefix: "z").map(\.id) == [])
        #expect(try project.store.sessions(matchingPrefix: "").count == 6)
    }

    /// Shuffled start times, some equal (then ordered by id), over several batches.
    @Test func forEachSessionStreamsTwoThousandSessionsInStartOrder() throws {
        let project = try TestProject()
        let count = 2_000
        for index in 0..<count {
            let minutes = (index * 7_919) % 1_500
            let id = "s" + String(repeating: "0", count: 4 - String(index).count) + String(index)
            try project.store.createSession(
                Sample.session(id, startedAt: Sample.day.addingTimeInterval(60 * Double(minutes))))
        }
        var seen: [SessionRecord] = []
        try project.store.forEachSession { seen.append($0) }
        #expect(seen.count == count)
        #expect(Set(seen.map(\.id)).count == count)
        let ordered = zip(seen, seen.dropFirst()).allSatisfy { earlier, later in
            (earlier.startedAt, earlier.id) < (later.startedAt, later.id)
        }
        #expect(ordered)
    }

    @Test func forEachSessionLetsTheBodyUseTheStore() throws {
        let project = try TestProject()
        for index in 0..<3 {
            try project.session("s\(index)", startedAt: Sample.morning.addingTimeInterval(Double(index)))
        }
        var visited: [String] = []
        try project.store.forEachSession { session in
            visited.append(session.id)
            _ = try project.store.answerCount(sessionID: session.id)
            try project.store.setStatus(sessionID: session.id, .completed, endedAt: nil)
        }
        #expect(visited == ["s0", "s1", "s2"])
        #expect(try project.store.sessions(matchingPrefix: "s").allSatisfy { $0.status == .completed })
    }

    @Test func forEachSessionPassesOnTheBodysError() throws {
        struct Stop: Error {}
        let project = try TestProject()
        try project.session("s1")
        #expect(throws: Stop.self) { try project.store.forEachSession { _ in throw Stop() } }
    }
}
