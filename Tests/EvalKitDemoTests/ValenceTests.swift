import EvalKitCoding
import EvalKitDemo
import Testing

/// The two models must come out differently in the coded evidence, or scoring by unit and
/// criterion would have nothing to show. Shares are weighted positive / (positive + negative)
/// of the rules' segments.
struct ValenceTests {
    let profile: ValenceProfile

    init() throws {
        let built = try DemoFixture.built.get()
        profile = try ValenceProfile(store: built.store, coder: AutoCodingRun.coder, project: DemoFixture.project)
    }

    private func share(_ unit: String, _ question: String) -> Double { profile.byQuestion[unit]?[question]?.share ?? 0 }

    // The source: services in the centres matched needs; the groups kept in touch with members
    // after they went home; only the centres were paid for from the province's own budget.
    @Test func centreLeadsOnServiceQualityAndLocalFundingOutreachOnFollowUp() {
        #expect(share("centre", "E7") - share("outreach", "E7") >= 0.05)
        #expect(share("centre", "R5") - share("outreach", "R5") >= 0.05)
        #expect(share("outreach", "S2") - share("centre", "S2") >= 0.15)
        #expect(share("centre", "S1") - share("outreach", "S1") >= 0.25)
    }

    // Neither model has budget data: efficiency gets no evidence; the groups' money is outside money.
    @Test func efficiencyHasNoEvidenceAndTheGroupsDependOnOutsideFunds() {
        #expect(profile.balances["centre"]?["efficiency"] == nil)
        #expect(profile.balances["outreach"]?["efficiency"] == nil)
        #expect((profile.byQuestion["outreach"]?["S1"]?.share ?? 1) < 0.3)
    }
}
