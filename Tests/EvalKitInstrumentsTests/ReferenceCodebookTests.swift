import EvalKitCore
import EvalKitInstruments
import EvalKitTestSupport
import Testing

/// The bundled codebook of the reference case: every theme of the issue has a code, every code
/// is defined in English and Vietnamese, and scoring can tell good evidence from bad.
struct ReferenceCodebookTests {
    /// Theme of the issue (and the brief's topics) → the codes that cover it. A renamed or
    /// removed code fails here, so the checklist stays honest.
    static let themes: [String: [String]] = [
        "recruitment-deception": ["experience.recruitment"],
        "debt": ["experience.debt", "livelihood.hardship"],
        "forced-work": ["experience.forced-work"],
        "return-route": ["return.route"],
        "safety": ["return.safe", "return.unsafe"],
        "stigma-discrimination": ["social.stigma"],
        "psychosocial-support": ["services.psychosocial"],
        "health-services": ["services.health"],
        "referral": ["services.referral"],
        "reintegration-plan-grants": ["services.plan-grants"],
        "livelihoods": ["livelihood.income", "livelihood.hardship", "livelihood.training"],
        "follow-up": ["services.follow-up", "services.no-follow-up"],
        "funding-dependence": ["system.funding-dependence", "system.local-ownership"],
        "data-gaps": ["system.data-gaps"],
        "policy-contribution": ["system.policy"],
        "confidentiality": ["quality.privacy-breach"],
        "language-ethnicity-barriers": ["quality.language-ethnicity"],
        "re-trafficking-risk": ["return.re-trafficking"],
        "coordination": ["system.coordination", "system.fragmentation"],
        "training": ["system.training", "livelihood.training"],
        "service-quality": ["quality.met-needs", "quality.gap", "quality.access-barrier"],
        "respect-from-staff": ["quality.respect", "quality.disrespect"],
        "family-relations": ["social.family-support", "social.family-strain"],
        "community-acceptance": ["social.acceptance"],
        "outmigration-drivers": ["experience.outmigration"],
        "prevention": ["social.prevention"],
        "needs-of-women-and-men": ["services.gender-needs"],
        "self-help-groups": ["services.self-help-group"],
        "lessons-recommendations": ["system.lessons"],
    ]

    var project: Project { ReferenceInstrumentTests.result.project }

    func codebook() throws -> Codebook { try #require(project.codebook) }

    @Test func theReferenceCodebookLoadsWithoutProblems() throws {
        let codebook = try codebook()
        #expect(codebook.id == "reintegration-codes")
        let own = ReferenceInstrumentTests.result.diagnostics.filter { $0.location?.file ?? $0.file == codebook.file }
        #expect(own.map(\.description) == [])
        #expect(codebook.completeLanguages == ["en", "vi"])
    }

    @Test(arguments: themes.sorted { $0.key < $1.key })
    func everyThemeHasACode(theme: String, codes: [String]) throws {
        let codebook = try codebook()
        let missing = codes.filter { codebook.code($0) == nil }
        #expect(!codes.isEmpty && missing == [], "\(theme): no code \(missing.joined(separator: ", "))")
    }

    @Test func codesFormATwoLevelHierarchyOfAboutFortyCodes() throws {
        let entries = try codebook().allCodes
        #expect((30...46).contains(entries.count))
        #expect(entries.allSatisfy { $0.depth <= 1 })
        #expect(try codebook().codes.allSatisfy { $0.children.count >= 3 && $0.valence == .descriptive })
        let colours = entries.map { $0.code.colour.uppercased() }
        #expect(Set(colours).count == colours.count, "every code needs its own colour")
    }

    @Test func everyCodeIsDefinedInEnglishAndVietnamese() throws {
        for entry in try codebook().allCodes {
            let code = entry.code
            let texts = [code.name, code.use, code.doNotUse, code.example]
            #expect(
                texts.allSatisfy { $0?.hasTranslation("en") == true && $0?.hasTranslation("vi") == true }, "\(code.id)")
        }
    }

    @Test func everyCodeIsEvidenceForTheFramework() throws {
        for entry in try codebook().allCodes {
            #expect(!entry.code.evaluationQuestions.isEmpty || !entry.code.criteria.isEmpty, "\(entry.code.id)")
        }
    }

    /// Scoring weighs positive against negative codes, so each criterion that codes speak to
    /// needs evidence both ways (efficiency has none: the reference case had no budget data).
    @Test func scoringCanTellGoodEvidenceFromBadForEachCriterion() throws {
        let framework = try #require(project.framework)
        var valences: [String: Set<Valence>] = [:]
        for entry in try codebook().allCodes {
            let viaQuestions = framework.criteria.filter { criterion in
                criterion.evaluationQuestions.contains { entry.code.evaluationQuestions.contains($0.id) }
            }.map(\.id)
            for criterion in entry.code.criteria + viaQuestions {
                valences[criterion, default: []].insert(entry.code.valence)
            }
        }
        for criterion in ["relevance", "coherence", "effectiveness", "sustainability"] {
            #expect(valences[criterion]?.isSuperset(of: [.positive, .negative]) == true, "\(criterion)")
        }
        let weighted = try codebook().allCodes.map(\.code).filter { $0.weight != 1 }
        #expect(weighted.count >= 5 && weighted.allSatisfy { $0.valence != .descriptive })
    }

    @Test func mostCodesHaveRulesInBothLanguages() throws {
        let leaves = try codebook().allCodes.map(\.code).filter(\.children.isEmpty)
        #expect(leaves.allSatisfy { $0.hasRules })
        for code in leaves {
            let vietnamese = code.phrases.filter { CodingRules.fold($0) != $0.lowercased() }
            #expect(!vietnamese.isEmpty, "\(code.id) needs a Vietnamese phrase written with its accents")
            #expect(vietnamese.count < code.phrases.count, "\(code.id) needs an English phrase")
        }
        #expect(leaves.flatMap(\.patterns).count >= 5)
    }

    @Test func patternsMatchFoldedVietnameseAndEnglish() throws {
        let codebook = try codebook()
        let samples: [(code: String, text: String)] = [
            ("livelihood.hardship", "Từ tháng Ba nhà tôi KHÔNG CÓ tiền mua gạo."),
            ("livelihood.hardship", "We had No Money for the bus."),
            ("services.no-follow-up", "After that, nobody came to see me."),
            ("experience.debt", "She said I owed them for the room."),
        ]
        for sample in samples {
            let patterns = try #require(codebook.code(sample.code)).patterns
            let folded = CodingRules.fold(sample.text)
            let matched = try patterns.contains { try Regex($0).firstMatch(in: folded) != nil }
            #expect(matched, "\(sample.code): \(folded)")
        }
    }
}
