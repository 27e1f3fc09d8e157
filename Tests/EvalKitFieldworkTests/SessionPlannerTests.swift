import EvalKitFieldwork
import Testing

struct SessionPlannerTests {
    private func plan(site: String = "north", group: String? = nil, interviewer: String? = nil, language: String = "en")
        throws(SessionPlanError) -> SessionPlanner.Plan
    {
        try SessionPlanner.plan(
            project: FieldFixtures.project, instrumentID: "guide", siteID: site, respondentGroup: group,
            language: language, interviewerCode: interviewer, now: FieldFixtures.start)
    }

    @Test func aPlainNameIsNotAcceptedAsAnInterviewerCode() {
        // A code with a digit keeps names out of the database.
        for name in ["Lan", "Nguyen Van A", "x"] {
            #expect(throws: SessionPlanError.self) { try plan(interviewer: name) }
        }
        #expect(throws: Never.self) { try plan(interviewer: "IV-03") }
    }

    @Test func theSiteMustRunTheGuidesUnit() {
        #expect(
            throws: SessionPlanError.usage("site 'capital' does not run unit 'centre', which guide 'guide' is for.")
        ) { try plan(site: "capital") }
    }

    @Test func theGroupMustBeOneTheGuideIsFor() {
        #expect(throws: SessionPlanError.usage("guide 'guide' is not for group 'community'; it is for survivor.")) {
            try plan(group: "community")
        }
    }

    @Test func aPartlyTranslatedLanguageComesWithANotice() throws {
        let result = try plan(language: "vi")
        #expect(result.notices == ["Some texts of this guide have no 'vi' translation and are shown in English."])
        #expect(result.context.siteCode == "N")
        #expect(result.context.groupCode == "SURV")
        #expect(result.context.unitID == "centre")
        #expect(result.context.sessionID.count == 8)
    }
}
