import EvalKitCore
import EvalKitInstruments
import EvalKitTestSupport
import Testing

/// The bundled reference case: nine instruments and the framework of the brief.
struct ReferenceInstrumentTests {
    static let result: ProjectLoader.Result = {
        do {
            return ProjectLoader().load(try ProjectLayout(directory: Repository.root))
        } catch {
            fatalError("the repository is not a project: \(error)")
        }
    }()

    var project: Project { Self.result.project }

    @Test func everyBundledFileIsValid() {
        #expect(Self.result.diagnostics.map(\.description) == [])
    }

    @Test func theNineInstrumentsOfTheBriefArePresent() {
        #expect(
            project.instruments.map(\.id).sorted() == [
                "centre-staff", "community-member", "family-member", "fgd", "government", "ngo-un", "survivor-centre",
                "survivor-outreach",
            ])
        #expect(project.consentScripts.map(\.id) == ["verbal-consent"])
        #expect(project.instrument("fgd")?.kind == .fgd)
        #expect(project.instruments.filter { $0.kind == .interview }.count == 7)
    }

    @Test(arguments: BriefTopicChecklist.topicsByInstrument.sorted { $0.key < $1.key })
    func everyTopicOfTheBriefHasAQuestion(instrument id: String, topics: [String]) throws {
        let instrument = try #require(project.instrument(id))
        let covered = Set(instrument.questions.flatMap(\.topics))
        let missing = topics.filter { !covered.contains($0) }
        #expect(missing == [], "\(id) has no question for: \(missing.joined(separator: ", "))")
    }

    @Test(arguments: BriefTopicChecklist.profileFieldsByInstrument.sorted { $0.key < $1.key })
    func everyProfileFieldOfTheBriefIsAsked(instrument id: String, fields: [String]) throws {
        let instrument = try #require(project.instrument(id))
        let missing = fields.filter { instrument.profileField($0) == nil }
        #expect(missing == [], "\(id) has no profile field: \(missing.joined(separator: ", "))")
    }

    @Test func reasonsForNotWorkingAreAskedOnlyOfThoseNotWorking() throws {
        for id in ["survivor-centre", "survivor-outreach"] {
            let instrument = try #require(project.instrument(id))
            let reasons = try #require(instrument.questions.first { $0.topics.contains("reasons-not-working") })
            #expect(reasons.conditions == [Condition(ref: "work.current", test: .equals(["no"]))])
            #expect(
                reasons.answer.options.map(\.value) == ["no-jobs", "no-skills", "unsafe", "discrimination", "other"])
            let help = try #require(
                instrument.questions.first { $0.topics.contains("help-needed") && $0.answer.name == "multiple" })
            #expect(
                Set(help.answer.options.map(\.value)).isSuperset(of: [
                    "counselling", "vocational-training", "job-search", "money", "medical", "legal",
                ]))
        }
    }

    @Test func consentScriptHasEveryElementTheEthicsRequire() throws {
        let consent = try #require(project.consentScript("verbal-consent"))
        let elements = Set(consent.paragraphs.map(\.element))
        #expect(elements.isSuperset(of: ConsentScript.Element.allCases.filter { $0 != .other }))
        #expect(consent.guardian.minorBelow == 18)
        #expect(!consent.interpreterQuestion.english.isEmpty)
        #expect(project.instruments.allSatisfy { $0.consentID == "verbal-consent" })
    }

    @Test func everyInstrumentIsFullyTranslatedIntoVietnamese() {
        for instrument in project.instruments {
            #expect(instrument.completeLanguages == ["en", "vi"], "\(instrument.id)")
        }
        #expect(Self.result.missingTranslations("vi").map(\.description) == [])
    }

    @Test func frameworkMatchesTheBrief() throws {
        let framework = try #require(project.framework)
        #expect(
            framework.criteria.map(\.id) == [
                "relevance", "coherence", "effectiveness", "efficiency", "impact", "sustainability",
            ])
        #expect(framework.criteria.map(\.evaluationQuestions.count) == [6, 0, 8, 1, 1, 6])
        #expect(framework.units.map(\.id) == ["centre", "outreach"])
        #expect(framework.sites.map(\.code) == ["A", "B", "C", "HN"])
        #expect(framework.site("bac-giang")?.units == ["outreach"])
        #expect(framework.group("social-affairs", isWithin: "government"))
        #expect(!framework.group("survivor", isWithin: "government"))
        // The brief's totals: 20 interviews and 29 FGD participants in each centre province, 18 and 29 in the outreach one.
        for (site, interviews, participants) in [("lao-cai", 20, 29), ("bac-giang", 18, 29), ("an-giang", 20, 29)] {
            let targets = framework.samplingPlan.filter { $0.site == site }
            #expect(targets.reduce(0) { $0 + $1.interviews } == interviews, "\(site)")
            #expect(targets.reduce(0) { $0 + $1.fgdParticipants } == participants, "\(site)")
        }
    }

    @Test func everyLinkNamesAFrameworkQuestion() throws {
        let known = Set(try #require(project.framework).evaluationQuestions.map(\.id))
        let links = project.instruments.flatMap { $0.questions.flatMap(\.evaluationQuestions) }
        #expect(!links.isEmpty)
        #expect(links.allSatisfy { known.contains($0) })
    }
}
