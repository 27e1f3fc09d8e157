import EvalKitFieldwork
import EvalKitStore
import EvalKitTerminal
import Testing

struct QuestionFlowTests {
    private func startedInterview() -> EngineHarness {
        var run = EngineHarness("guide")
        run.consent()
        run.type("34", "1")
        return run
    }

    @Test func aCompleteInterviewSavesEveryAnswerThenCompletes() {
        var run = startedInterview()
        run.type("no", "3, 1 1", "Better than last year.\nI work in the market.", "2")
        #expect(
            run.savedAnswers == [
                "work.current=answered:no", "work.reasons=answered:no-jobs unsafe",
                "life.story=answered:Better than last year.\nI work in the market.", "life.children=answered:2",
            ])
        #expect(Array(run.effects.suffix(2)) == [.setStatus(.completed), .addEvent(.completed, questionID: nil)])
        #expect(run.outcome == .completed)
        #expect(run.messages.contains { $0.text.contains("Phone 000 (fictional)") })
    }

    @Test func aConditionThatFailsSkipsTheQuestion() {
        var run = startedInterview()
        run.type("yes")
        #expect(run.shown(.question).last == "How are things for you now?")
        #expect(run.shown(.probe).last == "Probe: What helps most?")
        #expect(run.shown(.progress).last == "Question 3 of 4 · sensitive: go gently")
    }

    @Test func wrongValuesAreAskedAgainAndNeverStored() {
        var run = EngineHarness("guide")
        run.consent()
        run.type("abc", "5", "34", "7", "1")
        #expect(
            run.problems == [
                "Please enter a whole number from 12 to 90.", "5 is too small: the lowest is 12.",
                "Please enter one number from 1 to 2.",
            ])
        #expect(run.effects.filter { if case .setProfileValue = $0 { true } else { false } }.count == 2)
        run.type("no", "4")
        #expect(run.problems.last == "'4' is not a choice. Enter the numbers of all that apply (1 to 3), e.g. 1 3.")
        #expect(run.savedAnswers == ["work.current=answered:no"])
    }

    @Test func skipAndNotApplicableAreRecordedAsSuch() {
        var run = startedInterview()
        run.type(":skip", ":na")
        #expect(run.savedAnswers == ["work.current=declined:-", "life.story=not-applicable:-"])
    }

    @Test func backRevisesThePreviousAnswer() {
        var run = startedInterview()
        run.type("no", "1", ":back")
        #expect(run.shown(.info).last == "Saved answer: No jobs. Press Enter to keep it.")
        run.type("2")
        #expect(
            run.savedAnswers == [
                "work.current=answered:no", "work.reasons=answered:no-jobs", "work.reasons=answered:no-skills",
            ])
        #expect(run.shown(.question).last == "How are things for you now?")
    }

    @Test func enterKeepsASavedAnswerWhenGoingForwardAgain() {
        var run = startedInterview()
        run.type("no", "1", ":back", ":back", "")
        #expect(run.savedAnswers == ["work.current=answered:no", "work.reasons=answered:no-jobs"])
        #expect(run.shown(.question).last == "Why are you not working?")
    }

    @Test func emptyAnswerWithoutASavedOneIsRefused() {
        var run = startedInterview()
        run.type("")
        #expect(run.problems == ["Nothing was entered. Type the answer, or :skip if the respondent declines."])
    }

    @Test func notesAreKeptApartFromAnswers() {
        var run = startedInterview()
        run.type(":note respondent asked for a break", ":note", "Second note,\nover two lines", "yes")
        let notes = run.effects.compactMap { effect -> String? in
            if case .addNote(let question, let text) = effect { return "\(question ?? "-"): \(text)" }
            return nil
        }
        #expect(notes == ["work.current: respondent asked for a break", "work.current: Second note,\nover two lines"])
        #expect(run.savedAnswers == ["work.current=answered:yes"])
    }

    @Test func stopKeepsWhatWasSaidAndEndsWithTheContactCard() {
        var run = startedInterview()
        run.type("yes", ":stop")
        #expect(
            Array(run.effects.suffix(2)) == [
                .setStatus(.stoppedByRespondent), .addEvent(.stoppedByRespondent, questionID: "life.story"),
            ])
        #expect(run.outcome == .stoppedByRespondent)
        #expect(
            run.messages.suffix(2).map(\.text) == ["Test team\nPhone 000 (fictional)", "Respondent's code: N-SURV-001"])
    }

    @Test func distressPausesShowsReferralsAndRecordsOnlyThePause() {
        var run = startedInterview()
        run.type(":distress")
        #expect(run.effects.last == .addEvent(.distressPause, questionID: "work.current"))
        #expect(run.messages.contains { $0.text.contains("Hotline 111") })
        #expect(run.prompt?.cue == "press Enter to continue, or :pause / :stop")
        run.type("")
        #expect(run.shown(.question).last == "Are you working now?")
        run.type("yes")
        #expect(run.savedAnswers == ["work.current=answered:yes"])
    }

    @Test func pauseSavesAndLeavesTheSessionOpen() {
        var run = startedInterview()
        run.type(":pause")
        #expect(run.effects.last == .addEvent(.paused, questionID: "work.current"))
        #expect(!run.effects.contains(.setStatus(.completed)))
        #expect(run.outcome == .paused)
    }

    @Test func endOfInputLeavesTheSessionResumable() {
        var run = startedInterview()
        run.absorb(run.engine.handle(.endOfInput))
        #expect(run.outcome == .inputEnded)
    }

    @Test func helpListsTheCommandsAndRepeatsThePrompt() {
        var run = startedInterview()
        run.type(":help")
        #expect(run.shown(.info).last?.contains(":distress   pause and show the referral contacts") == true)
        #expect(run.prompt?.cue == "yes/no")
    }

    @Test func vietnameseTextIsShownWhereTranslatedAndEnglishElsewhere() {
        var run = EngineHarness("guide", language: "vi")
        #expect(run.shown(.heading).first == "Hướng dẫn thử")
        run.consent()
        #expect(run.shown(.question).last == "Age")
    }
}
