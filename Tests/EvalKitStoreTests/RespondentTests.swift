import EvalKitCore
import Foundation
import Synchronization
import Testing

@testable import EvalKitStore

struct RespondentTests {
    private func allocate(
        _ store: ProjectStore, session: String = "s1", site: (id: String, code: String) = ("lao-cai", "A"),
        group: (id: String, code: String) = ("survivors", "SURV"), seat: Int? = nil
    ) throws -> RespondentRecord {
        try store.allocateRespondent(
            sessionID: session, siteID: site.id, siteCode: site.code, respondentGroup: group.id, groupCode: group.code,
            seat: seat)
    }

    @Test func codesCountUpPerSiteAndGroup() throws {
        let project = try TestProject()
        try project.session()
        let store = project.store
        #expect(try allocate(store).code == "A-SURV-001")
        #expect(try allocate(store).code == "A-SURV-002")
        #expect(try allocate(store, group: ("families", "FAM")).code == "A-FAM-001")
        #expect(try allocate(store, site: ("bac-giang", "B")).code == "B-SURV-001")
        #expect(try allocate(store).code == "A-SURV-003")
    }

    @Test func aRespondentRoundTrips() throws {
        let project = try TestProject()
        try project.session("fgd-1", method: .fgd)
        let allocated = try allocate(project.store, session: "fgd-1", seat: 4)
        #expect(
            allocated
                == RespondentRecord(
                    code: "A-SURV-001", sessionID: "fgd-1", siteID: "lao-cai", respondentGroup: "survivors", number: 1,
                    seat: 4))
        #expect(try project.store.respondents(sessionID: "fgd-1") == [allocated])
    }

    @Test func numbersArePaddedToThreeDigitsAndGrowPastThem() {
        #expect(ProjectStore.respondentCode(siteCode: "A", groupCode: "SURV", number: 7) == "A-SURV-007")
        #expect(ProjectStore.respondentCode(siteCode: "A", groupCode: "SURV", number: 999) == "A-SURV-999")
        #expect(ProjectStore.respondentCode(siteCode: "A", groupCode: "SURV", number: 1000) == "A-SURV-1000")
    }

    @Test func twoStoresAllocatingInTurnNeverShareACode() throws {
        let project = try TestProject()
        try project.session()
        let other = try project.open()
        var codes: [String] = []
        for turn in 0..<10 { codes.append(try allocate(turn.isMultiple(of: 2) ? project.store : other).code) }
        #expect(codes == (1...10).map { ProjectStore.respondentCode(siteCode: "A", groupCode: "SURV", number: $0) })
    }

    @Test func twoStoresAllocatingAtOnceNeverShareACode() throws {
        let project = try TestProject()
        try project.session()
        let stores = [project.store, try project.open()]
        let perStore = 25
        let codes = Mutex<[String]>([])
        DispatchQueue.concurrentPerform(iterations: stores.count * perStore) { index in
            let code = try? allocate(stores[index % stores.count]).code
            codes.withLock { $0.append(code ?? "failed") }
        }
        let all = codes.withLock { $0 }
        #expect(!all.contains("failed"))
        #expect(Set(all).count == stores.count * perStore)
        #expect(try project.store.respondents(sessionID: "s1").map(\.number).sorted() == Array(1...50))
    }

    /// A number stays used after its respondent's row is removed (a withdrawal), so a code
    /// on paper never comes to mean someone else.
    @Test func aRemovedRespondentsNumberIsNotGivenAgain() throws {
        let project = try TestProject()
        try project.session()
        _ = try allocate(project.store)
        let second = try allocate(project.store)
        try project.store.rawExecute("DELETE FROM respondent WHERE code = ?", arguments: [second.code])
        #expect(try allocate(project.store).code == "A-SURV-003")
    }

    @Test func twoSitesWithTheSameCodeAreCaught() throws {
        let project = try TestProject()
        try project.session()
        _ = try allocate(project.store, site: ("lao-cai", "A"))
        let error = #expect(throws: StoreError.self) { try allocate(project.store, site: ("an-giang", "A")) }
        #expect(
            error?.description
                == "\(project.path): error: respondent code 'A-SURV-001' is already used; two sites or two groups share a code"
        )
        #expect(try project.raw("SELECT * FROM respondentCounter WHERE siteID = 'an-giang'") == [])
    }

    @Test func respondentsAreListedBySeatThenCode() throws {
        let project = try TestProject()
        try project.session("fgd", method: .fgd)
        for seat in [3, 1, 2] { _ = try allocate(project.store, session: "fgd", seat: seat) }
        #expect(try project.store.respondents(sessionID: "fgd").map(\.seat) == [1, 2, 3])
        #expect(
            try project.store.respondents(sessionID: "fgd").map(\.code) == ["A-SURV-002", "A-SURV-003", "A-SURV-001"])
    }

    @Test func profileValuesAreSavedReplacedAndReadBack() throws {
        let project = try TestProject()
        try project.session()
        let code = try allocate(project.store).code
        try project.store.setProfileValue(respondentCode: code, fieldID: "age", value: "23")
        try project.store.setProfileValue(respondentCode: code, fieldID: "living", value: Sample.vietnamese)
        try project.store.setProfileValue(respondentCode: code, fieldID: "age", value: "24")
        #expect(try project.store.profileValues(respondentCode: code) == ["age": "24", "living": Sample.vietnamese])
        #expect(try project.store.profileValues(respondentCode: "A-SURV-999") == [:])
    }

    @Test func profileValuesNeedAKnownRespondentWithConsent() throws {
        let project = try TestProject()
        try project.session("no-consent", consented: false)
        let code = try allocate(project.store, session: "no-consent").code
        let unconsented = #expect(throws: StoreError.self) {
            try project.store.setProfileValue(respondentCode: code, fieldID: "age", value: "23")
        }
        #expect(
            unconsented?.description
                == "\(project.path): error: session 'no-consent' has no recorded consent; nothing said in it may be kept"
        )
        let unknown = #expect(throws: StoreError.self) {
            try project.store.setProfileValue(respondentCode: "Z-X-001", fieldID: "age", value: "23")
        }
        #expect(unknown?.description == "\(project.path): error: no respondent 'Z-X-001' in the project database")
        #expect(try project.raw("SELECT * FROM profileValue") == [])
    }
}
