import EvalKitDemo
import EvalKitInstruments
import Testing

struct ReferenceSampleTests {
    let sessions: [DemoSessionSpec]

    init() throws {
        sessions = try ReferenceSample.sessions(for: DemoFixture.project)
    }

    private func interviews(_ site: String, _ groups: Set<String>) -> Int {
        sessions.filter { $0.siteID == site && !$0.isGroup && groups.contains($0.respondentGroup) }.count
    }

    private static let government: Set<String> = ["social-affairs", "peoples-committee", "other-government"]
    private static let survivorsAndFamily: Set<String> = ["survivor", "family"]

    @Test func interviewsMatchTheAchievedParticipantsTable() {
        #expect(interviews("lao-cai", Self.government) == 15)
        #expect(interviews("lao-cai", ["centre-staff"]) == 2)
        #expect(interviews("lao-cai", Self.survivorsAndFamily) == 16)
        #expect(interviews("bac-giang", Self.government) == 15)
        #expect(interviews("bac-giang", ["centre-staff"]) == 0)
        #expect(interviews("bac-giang", Self.survivorsAndFamily) == 15)
        #expect(interviews("an-giang", Self.government) == 17)
        #expect(interviews("an-giang", ["centre-staff"]) == 2)
        #expect(interviews("an-giang", Self.survivorsAndFamily) == 11)
        #expect(sessions.filter { !$0.isGroup }.map(\.participants).reduce(0, +) == 93)
    }

    @Test func twoFocusGroupsOfTenPerProvinceAndNoneInHaNoi() {
        let groups = sessions.filter(\.isGroup)
        #expect(groups.count == 6)
        #expect(groups.map(\.participants).reduce(0, +) == 60)
        for site in ["lao-cai", "bac-giang", "an-giang"] {
            #expect(groups.filter { $0.siteID == site }.map(\.respondentGroup).sorted() == ["government", "survivor"])
        }
        #expect(!sessions.contains { $0.siteID == "ha-noi" })
    }

    @Test func governmentInterviewsCoverEverySubgroup() {
        let counts = ["lao-cai": [4, 5, 6], "bac-giang": [5, 4, 6], "an-giang": [5, 5, 7]]
        for (site, expected) in counts {
            let actual = ["social-affairs", "peoples-committee", "other-government"].map { interviews(site, [$0]) }
            #expect(actual == expected, "\(site)")
        }
    }

    @Test func eachGroupGetsItsGuide() {
        for session in sessions {
            let expected: String
            switch session.respondentGroup {
            case _ where session.isGroup: expected = "fgd"
            case "survivor": expected = session.siteID == "bac-giang" ? "survivor-outreach" : "survivor-centre"
            case "family": expected = "family-member"
            case "centre-staff": expected = "centre-staff"
            default: expected = "government"
            }
            #expect(session.instrumentID == expected, "\(session.label)")
        }
    }

    @Test func survivorInterviewsAreMostlyWithWomen() {
        let survivors = sessions.filter { $0.respondentGroup == "survivor" && !$0.isGroup }
        #expect(survivors.count == 31)
        #expect(survivors.filter { $0.women == 1 }.count == 25)
    }

    // The plan stays the framework's: 7 survivor interviews planned at Lao Cai, 12 held.
    @Test func theSamplingPlanIsLeftAsPlanned() throws {
        let plan = try #require(DemoFixture.project.framework?.samplingPlan)
        let target = try #require(plan.first { $0.site == "lao-cai" && $0.group == "survivor" })
        #expect(target.interviews == 7)
        #expect(interviews("lao-cai", ["survivor"]) == 12)
    }
}
