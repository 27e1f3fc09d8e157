import EvalKitFieldwork
import EvalKitStore
import EvalKitTerminal
import Testing

struct ConsentFlowTests {
    @Test func nothingIsRecordedWhenTheSettingIsNotPrivate() {
        var run = EngineHarness("guide")
        run.type("no")
        #expect(run.effects == [])
        #expect(run.outcome == .notStarted)
    }

    // Before consent nothing exists: a distress pause then :stop, :pause or the end of input
    // records nothing and says so (it used to act on a session that was never made).
    @Test(arguments: [":stop", ":pause"])
    func aDistressPauseBeforeConsentThenEndingKeepsNothing(_ ending: String) {
        var run = EngineHarness("guide")
        run.type("yes", ":distress", ending)
        #expect(run.effects == [])
        #expect(run.outcome == .notStarted)
        #expect(run.shown(.info).last == "Not started. Nothing was recorded.")
    }

    @Test func aDistressPauseBeforeConsentThenEndOfInputKeepsNothing() {
        var run = EngineHarness("guide")
        run.type("yes", ":distress")
        run.absorb(run.engine.handle(.endOfInput))
        #expect(run.effects == [])
        #expect(run.outcome == .notStarted)
        #expect(run.shown(.info).last == "Input ended before consent; nothing was recorded.")
    }

    @Test func declinedConsentKeepsOnlyThatItWasDeclined() {
        var run = EngineHarness("guide")
        run.type("yes", "no", "no", "no")
        #expect(run.effects == [.recordConsentDeclined])
        #expect(run.outcome == .consentDeclined)
        // The respondent still gets the team's card.
        #expect(run.messages.contains { $0.text.contains("Test team") })
    }

    @Test func consentRecordsAttestationTimeAndInterpreterThenMakesACode() {
        var run = EngineHarness("guide")
        run.type("y", "yes", "n", "có", "yes")
        #expect(
            Array(run.effects.prefix(2)) == [
                .recordConsent(at: FieldFixtures.start, guardianAt: nil, interpreterUsed: true),
                .allocateRespondents(count: 1, isGroup: false),
            ])
        #expect(run.shown(.heading).last == "Respondent N-SURV-001")
        #expect(run.shown(.question).last == "Age")
    }

    @Test func aMinorNeedsTheGuardiansConsentFirst() {
        var run = EngineHarness("guide")
        run.type("yes", "no", "yes", "no")
        #expect(run.effects == [.recordConsentDeclined])
        var agreed = EngineHarness("guide")
        agreed.type("yes", "no", "yes", "yes", "yes", "yes", "yes")
        #expect(
            agreed.effects.first
                == .recordConsent(at: FieldFixtures.start, guardianAt: FieldFixtures.start, interpreterUsed: false))
    }

    @Test func anAgeUnder18WithoutGuardianConsentIsNeverStored() {
        var run = EngineHarness("guide")
        run.consent()
        run.type("15")
        #expect(
            run.problems.last?.hasPrefix("This respondent is younger than 18, but no guardian's consent was recorded.")
                == true)
        #expect(!run.effects.contains { if case .setProfileValue = $0 { true } else { false } })
        run.type("19")
        #expect(run.effects.last == .setProfileValue(respondentCode: "N-SURV-001", fieldID: "age", value: "19"))
    }

    @Test func answersOtherThanYesOrNoAreAskedAgain() {
        var run = EngineHarness("guide")
        run.type("maybe")
        #expect(run.problems == ["Please answer yes or no."])
        #expect(run.prompt?.cue == "yes/no")
    }

    @Test func stoppingBeforeConsentRecordsNothing() {
        var run = EngineHarness("guide")
        run.type("yes", ":stop")
        #expect(run.effects == [])
        #expect(run.outcome == .notStarted)
    }
}
