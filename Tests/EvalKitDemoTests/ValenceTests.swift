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

    @Test func modelsDifferOnEffectivenessAndSustainability() {
        #expect(abs(profile.share("centre", "effectiveness") - profile.share("outreach", "effectiveness")) >= 0.1)
        #expect(profile.share("outreach", "sustainability") - profile.share("centre", "sustainability") >= 0.15)
    }

    // Centre: strong on services; outreach: strong on acceptance and lasting reintegration.
    @Test func centreLeadsOnServiceQualityOutreachOnAcceptanceAndFollowUp() {
        func share(_ unit: String, _ question: String) -> Double { profile.byQuestion[unit]?[question]?.share ?? 0 }
        #expect(share("centre", "E7") - share("outreach", "E7") >= 0.1)
        #expect(share("centre", "R5") - share("outreach", "R5") >= 0.1)
        #expect(share("outreach", "E3") - share("centre", "E3") >= 0.25)
        #expect(share("outreach", "S2") - share("centre", "S2") >= 0.25)
    }

    // Neither model has budget data: efficiency gets no evidence, and funding is weak in both.
    @Test func efficiencyHasNoEvidenceAndFundingIsWeakEverywhere() {
        #expect(profile.balances["centre"]?["efficiency"] == nil)
        #expect(profile.balances["outreach"]?["efficiency"] == nil)
        #expect((profile.byQuestion["centre"]?["S1"]?.share ?? 1) < 0.3)
        #expect((profile.byQuestion["outreach"]?["S1"]?.share ?? 1) < 0.3)
    }
}
