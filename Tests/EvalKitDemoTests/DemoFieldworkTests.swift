import EvalKitDemo
import EvalKitStore
import Testing

struct DemoFieldworkTests {
    let built: DemoFixture.Built
    let sessions: [SessionRecord]

    init() throws {
        built = try DemoFixture.built.get()
        sessions = try DemoFixture.sessions(built.store)
    }

    @Test func storeHoldsTheAchievedSessionsAndParticipants() throws {
        #expect(sessions.count == 99)
        #expect(sessions.allSatisfy { $0.status == .completed })
        var interviewRespondents: [String: Int] = [:]
        var groupParticipants: [String: Int] = [:]
        for session in sessions {
            let count = try built.store.respondents(sessionID: session.id).count
            if session.method == .fgd {
                groupParticipants[session.siteID, default: 0] += count
            } else {
                interviewRespondents[session.siteID, default: 0] += count
            }
        }
        #expect(interviewRespondents == ["lao-cai": 33, "bac-giang": 30, "an-giang": 30])
        #expect(groupParticipants == ["lao-cai": 20, "bac-giang": 20, "an-giang": 20])
        #expect(
            built.fieldwork.interviews == 93 && built.fieldwork.groups == 6 && built.fieldwork.fgdParticipants == 60)
    }

    @Test func everySessionHasConsentBeforeItsFirstAnswer() throws {
        for session in sessions {
            let consent = try #require(session.consentAt, "\(session.id)")
            let answers = try built.store.answers(sessionID: session.id)
            #expect(!answers.isEmpty)
            #expect(answers.allSatisfy { $0.recordedAt >= consent }, "\(session.id)")
        }
    }

    @Test func minorsHaveAGuardiansConsent() throws {
        var minors = 0
        for session in sessions where session.respondentGroup == "survivor" && session.method == .interview {
            let code = try #require(try built.store.respondents(sessionID: session.id).first?.code)
            let age = try #require(Int(try built.store.profileValues(respondentCode: code)["age"] ?? ""))
            if age < 18 {
                minors += 1
                #expect(session.guardianConsentAt != nil)
            }
        }
        #expect(minors >= 1)
    }

    @Test func profilesVaryBySexAndEthnicityAsThePlanExpects() throws {
        var sexes: [String: Int] = [:]
        var ethnicities: [String: Set<String>] = [:]
        for session in sessions where session.respondentGroup == "survivor" {
            for respondent in try built.store.respondents(sessionID: session.id) {
                let profile = try built.store.profileValues(respondentCode: respondent.code)
                if session.method == .interview { sexes[profile["sex"] ?? "", default: 0] += 1 }
                ethnicities[session.siteID, default: []].insert(profile["ethnicity"] ?? "")
            }
        }
        #expect(sexes == ["female": 25, "male": 6])
        #expect(ethnicities["lao-cai"]?.isSuperset(of: ["hmong", "kinh"]) == true)
        #expect(ethnicities["lao-cai"]?.contains("khmer") == false)
        #expect(ethnicities["an-giang"]?.contains("khmer") == true)
        #expect(ethnicities["bac-giang"]?.isSubset(of: ["kinh", "nung", "tay"]) == true)
    }

    @Test func someAnswersAreDeclinedAndSomeNotesKept() throws {
        var declined = 0
        var notes = 0
        for session in sessions {
            declined += try built.store.answers(sessionID: session.id).filter { $0.status == .declined }.count
            notes += try built.store.notes(sessionID: session.id).count
        }
        #expect(declined > 0)
        #expect(declined < built.fieldwork.answers / 10)
        // Two mixed FGDs carry a note saying so, the officials' FGD in Lao Cai one on who came.
        #expect(notes > 3)
    }
}
