import EvalKitFieldwork
import EvalKitStore
import EvalKitTerminal
import Testing

struct GroupDiscussionTests {
    private func startedGroup() -> EngineHarness {
        var run = EngineHarness("group")
        run.consent()
        run.type("3", "30", "41", "25")
        return run
    }

    @Test func theRosterGetsCodesAndAProfilePerParticipant() {
        let run = startedGroup()
        #expect(run.effects.contains(.allocateRespondents(count: 3, isGroup: true)))
        let ages = run.effects.compactMap { effect -> String? in
            if case .setProfileValue(let code, "age", let value) = effect { return "\(code)=\(value)" }
            return nil
        }
        #expect(ages == ["N-SURV-001=30", "N-SURV-002=41", "N-SURV-003=25"])
        #expect(run.shown(.heading).contains("Participant 2 of 3 (N-SURV-002)"))
    }

    @Test func contributionsAreAttributedToAParticipantOrTheGroup() {
        var run = startedGroup()
        run.type("2", "We heard about it on the radio.", "g", "Everyone nodded.", "", "yes")
        #expect(
            run.savedAnswers == [
                "talk.heard@N-SURV-002=We heard about it on the radio.", "talk.heard@group=Everyone nodded.",
                "talk.services=answered:yes",
            ])
        #expect(run.outcome == .completed)
    }

    @Test func backRemovesTheLastContributionToEnterItAgain() {
        var run = startedGroup()
        run.type("1", "Wrong speaker", ":back")
        #expect(run.effects.last == .removeLastContribution)
        #expect(run.shown(.info).contains { $0.hasPrefix("Removed the last answer, by participant 1 (N-SURV-001)") })
        run.type("3", "Right speaker")
        #expect(run.savedAnswers.last == "talk.heard@N-SURV-003=Right speaker")
    }

    @Test func aSpeakerOutsideTheRosterIsRefused() {
        var run = startedGroup()
        run.type("4")
        #expect(run.problems == ["Enter a participant number from 1 to 3, g, or Enter."])
    }

    @Test func aParticipantCountOutsideTheRecommendationIsAcceptedWithANote() {
        var run = EngineHarness("group")
        run.consent()
        run.type("0", "9")
        #expect(run.problems == ["Please enter the number of participants, from 1 to 30."])
        #expect(run.shown(.info).contains("Note: 9 is outside the recommended 2 to 8."))
    }
}
