import EvalKitFieldwork
import EvalKitInstruments
import EvalKitStore
import EvalKitTerminal
import EvalKitTestSupport
import Foundation
import Synchronization
import Testing

/// The driver with a real project database and script input.
struct DriverTests {
    private func run(
        _ instrument: String, script: String, in folder: TemporaryDirectory, onPrompt: (@Sendable () -> Void)? = nil
    ) throws -> (outcome: Outcome, store: ProjectStore, context: SessionContext, transcript: String) {
        let store = try ProjectStore(path: ProjectStore.path(inProject: folder.path))
        let plan = try SessionPlanner.plan(
            project: FieldFixtures.project, instrumentID: instrument, siteID: "north",
            respondentGroup: instrument == "group" ? "community" : nil, language: "en", interviewerCode: "IV-01",
            now: FieldFixtures.start, clock: { FieldFixtures.start })
        let transcript = Transcript()
        let screen = Screen { piece in
            if piece.hasPrefix("[") { onPrompt?() }
            transcript.append(piece)
        }
        var engine = InterviewEngine(setup: plan.setup)
        let first = engine.start()
        let driver = InterviewDriver(
            engine: engine, store: store, context: plan.context, input: ScriptLines(text: script), screen: screen,
            clock: { FieldFixtures.start })
        let outcome = try driver.run(from: first)
        return (outcome, store, plan.context, transcript.value)
    }

    @Test func aScriptedInterviewIsStoredAnswerByAnswer() throws {
        let folder = try TemporaryDirectory()
        let script = """
            # consent: private, no interpreter, not a minor, yes, attested
            yes
            no
            no
            yes
            yes
            34
            female
            no
            1 3
            Tôi đã trở về nhà,
            nhưng đường đi rất khó khăn.

            2
            """
        let result = try run("guide", script: script, in: folder)
        #expect(result.outcome == .completed)
        let session = try #require(try result.store.session(id: result.context.sessionID))
        #expect(session.status == .completed)
        #expect(session.consentAt == FieldFixtures.start)
        #expect(session.interviewerCode == "IV-01")
        let respondents = try result.store.respondents(sessionID: session.id)
        #expect(respondents.map(\.code) == ["N-SURV-001"])
        #expect(try result.store.profileValues(respondentCode: "N-SURV-001") == ["age": "34", "sex": "female"])
        let answers = try result.store.answers(sessionID: session.id).map { "\($0.questionID)=\($0.value ?? "-")" }
        #expect(
            answers == [
                "work.current=no", "work.reasons=no-jobs unsafe",
                "life.story=Tôi đã trở về nhà,\nnhưng đường đi rất khó khăn.", "life.children=2",
            ])
        // Input from a script is echoed so the transcript reads like a session.
        #expect(result.transcript.contains("[1-2] > female"))
    }

    @Test func everyAnswerIsCommittedBeforeTheNextPromptAppears() throws {
        let folder = try TemporaryDirectory()
        let path = ProjectStore.path(inProject: folder.path)
        let counts = Mutex<[Int]>([])
        let result = try run(
            "guide", script: "yes\nno\nno\nyes\nyes\n34\n1\nno\n1\nFine.\n\n3\n", in: folder,
            onPrompt: {
                // A separate connection sees only what was committed.
                guard FileManager.default.fileExists(atPath: path), let reader = try? ProjectStore(path: path) else {
                    return
                }
                var total = 0
                try? reader.forEachSession { total += (try? reader.answerCount(sessionID: $0.id)) ?? 0 }
                counts.withLock { $0.append(total) }
            })
        #expect(result.outcome == .completed)
        // Prompts for: 2 profile fields (0 answers), then questions 1-4 after 0, 1, 2, 3 answers.
        #expect(counts.withLock { Array($0.suffix(4)) } == [0, 1, 2, 3])
    }

    @Test func aCommandOnALaterLineSavesTheTextFirst() throws {
        let folder = try TemporaryDirectory()
        let result = try run(
            "guide", script: "yes\nno\nno\nyes\nyes\n34\n1\nyes\nIt is better now\n:stop\n", in: folder)
        #expect(result.outcome == .stoppedByRespondent)
        let answers = try result.store.answers(sessionID: result.context.sessionID).map(\.value)
        #expect(answers == ["yes", "It is better now"])
        #expect(try result.store.session(id: result.context.sessionID)?.status == .stoppedByRespondent)
    }

    @Test func anUnknownCommandIsExplainedAndNeverSaved() throws {
        let folder = try TemporaryDirectory()
        let result = try run("guide", script: "yes\nno\nno\nyes\nyes\n34\n1\n:skp\nyes\n:pause\n", in: folder)
        #expect(result.transcript.contains("! ':skp' is not a command."))
        #expect(try result.store.answers(sessionID: result.context.sessionID).map(\.value) == ["yes"])
        #expect(result.outcome == .paused)
    }

    @Test func declinedConsentStoresOnlySiteGroupAndDate() throws {
        let folder = try TemporaryDirectory()
        let result = try run("guide", script: "yes\nno\nno\nno\n", in: folder)
        #expect(result.outcome == .consentDeclined)
        var sessions: [SessionRecord] = []
        try result.store.forEachSession { sessions.append($0) }
        #expect(sessions.count == 1)
        #expect(sessions.first?.status == .consentDeclined)
        #expect(sessions.first?.interviewerCode == nil)
        #expect(sessions.first?.consentAt == nil)
        #expect(try result.store.respondents(sessionID: sessions[0].id) == [])
    }

    @Test func nothingIsStoredWithoutAPrivateSetting() throws {
        let folder = try TemporaryDirectory()
        let result = try run("guide", script: "no\n", in: folder)
        #expect(result.outcome == .notStarted)
        var count = 0
        try result.store.forEachSession { _ in count += 1 }
        #expect(count == 0)
    }

    @Test func aGroupDiscussionStoresTheRosterAndAttributedContributions() throws {
        let folder = try TemporaryDirectory()
        let script = """
            yes
            no
            no
            yes
            yes
            2
            30
            45
            1
            On the radio.

            2
            Wrong person.
            :back
            g
            We all agree.


            yes
            """
        let result = try run("group", script: script, in: folder)
        #expect(result.outcome == .completed)
        let id = result.context.sessionID
        #expect(try result.store.respondents(sessionID: id).map(\.code) == ["N-COMM-001", "N-COMM-002"])
        let answers = try result.store.answers(sessionID: id).map {
            "\($0.respondentCode ?? "group"): \($0.value ?? "-")"
        }
        #expect(answers == ["N-COMM-001: On the radio.", "group: We all agree.", "group: yes"])
    }

    @Test func aPausedGroupDiscussionResumesFromTheStoreWhereItStopped() throws {
        let folder = try TemporaryDirectory()
        let first = try run(
            "group", script: "yes\nno\nno\nyes\nyes\n2\n30\n45\n1\nOn the radio.\n\n:pause\n", in: folder)
        #expect(first.outcome == .paused)
        let session = try #require(try first.store.session(id: first.context.sessionID))
        let instrument = try #require(FieldFixtures.project.instrument("group"))
        let (progress, contributionIDs) = try SessionProgress.load(session, instrument: instrument, from: first.store)
        #expect(progress.respondents.map(\.code) == ["N-COMM-001", "N-COMM-002"])
        #expect(contributionIDs.count == 1)
        var engine = InterviewEngine(setup: FieldFixtures.setup("group"))
        let resumed = engine.resume(from: progress, consentAt: FieldFixtures.start)
        let transcript = Transcript()
        let driver = InterviewDriver(
            engine: engine, store: first.store, context: first.context,
            input: ScriptLines(text: ":back\n2\nOn TV.\n\n\nno\n"),
            screen: Screen { transcript.append($0) }, clock: { FieldFixtures.start }, contributionIDs: contributionIDs)
        #expect(try driver.run(from: resumed) == .completed)
        let answers = try first.store.answers(sessionID: session.id).map {
            "\($0.respondentCode ?? "group"): \($0.value ?? "-")"
        }
        // :back after resuming removed the stored contribution of participant 1.
        #expect(answers == ["N-COMM-002: On TV.", "group: no"])
        #expect(transcript.value.contains("Resuming where the session left off."))
    }
}
