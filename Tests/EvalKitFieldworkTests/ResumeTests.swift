import EvalKitFieldwork
import EvalKitInstruments
import EvalKitStore
import EvalKitTerminal
import Foundation
import Testing

struct ResumeTests {
    private let respondent = RespondentRecord(
        code: "N-SURV-004", sessionID: "s", siteID: "north", respondentGroup: "survivor", number: 4, seat: nil)

    private func answer(_ question: String, _ value: String) -> AnswerRecord {
        AnswerRecord(
            sessionID: "s", questionID: question, respondentCode: "N-SURV-004", status: .answered, value: value,
            recordedAt: FieldFixtures.start)
    }

    @Test func resumeContinuesAtTheFirstUnansweredQuestion() {
        let progress = SessionProgress(
            guardianConsented: false, respondents: [respondent],
            profile: ["N-SURV-004": ["age": "30", "sex": "female"]],
            answers: [answer("work.current", "no"), answer("work.reasons", "no-jobs")])
        let run = EngineHarness(resuming: "guide", progress: progress)
        #expect(run.shown(.question).last == "How are things for you now?")
        #expect(run.effects == [])
    }

    @Test func resumeSkipsQuestionsWhoseConditionFails() {
        let progress = SessionProgress(
            guardianConsented: false, respondents: [respondent], profile: ["N-SURV-004": ["age": "30", "sex": "male"]],
            answers: [answer("work.current", "yes")])
        let run = EngineHarness(resuming: "guide", progress: progress)
        #expect(run.shown(.question).last == "How are things for you now?")
    }

    @Test func resumeFinishesAnUnfinishedProfileFirst() {
        let progress = SessionProgress(
            guardianConsented: false, respondents: [respondent], profile: ["N-SURV-004": ["age": "30"]], answers: [])
        let run = EngineHarness(resuming: "guide", progress: progress)
        #expect(run.shown(.question).last == "Sex")
    }

    @Test func aChangedGuideIsDescribedQuestionByQuestion() throws {
        let project = FieldFixtures.project
        var guide = try #require(project.instrument("guide"))
        let before = InstrumentSnapshot(guide)
        guide.version = "2"
        guide.sections[0].questions[1].answer = .multiple(
            Array(guide.sections[0].questions[1].answer.options.prefix(2)))
        guide.sections[1].questions.removeLast()
        guide.sections[1].questions.append(Question(id: "life.new", prompt: LocalizedText(english: "New?")))
        #expect(
            before.changes(to: InstrumentSnapshot(guide)) == [
                "version 1 is now 2", "question 'work.reasons' has other options: no-jobs, no-skills",
                "question 'life.children' was removed", "question 'life.new' was added",
            ])
        #expect(before.changes(to: InstrumentSnapshot(try #require(project.instrument("guide")))) == [])
        #expect(InstrumentSnapshot.decode(before.json()) == before)
    }
}

/// What `resume` decides before it asks anything.
struct SessionResumptionTests {
    private func record(
        status: SessionStatus = .inProgress, guide: String = "guide", snapshot: String? = nil
    ) throws -> SessionRecord {
        let current = InstrumentSnapshot(try #require(FieldFixtures.project.instrument("guide"))).json()
        return SessionRecord(
            id: "s", instrumentID: guide, instrumentVersion: "1", instrumentSnapshot: snapshot ?? current,
            method: .interview, siteID: "north", unitID: nil, respondentGroup: "survivor", interviewerCode: "IV-01",
            language: "en", status: status, startedAt: FieldFixtures.start, consentAt: FieldFixtures.start)
    }

    @Test func onlyASessionInProgressWithItsGuideCanBeResumed() throws {
        #expect(throws: SessionPlanError.usage("session s is completed; only a session in progress can be resumed.")) {
            try SessionResumption(try record(status: .completed), project: FieldFixtures.project)
        }
        #expect(
            throws: SessionPlanError.data("session s used guide 'gone', which is no longer in the project.")
        ) { try SessionResumption(try record(guide: "gone"), project: FieldFixtures.project) }
    }

    @Test func anUnchangedGuideHasNoChangesAndAnUnreadableOutlineSaysSo() throws {
        #expect(try SessionResumption(try record(), project: FieldFixtures.project).changes == [])
        #expect(
            try SessionResumption(try record(snapshot: "{"), project: FieldFixtures.project).changes == [
                "the saved outline cannot be read"
            ])
    }
}
