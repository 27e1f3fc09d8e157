import EvalKitCore
import EvalKitInstruments
import EvalKitTestSupport
import Foundation
import Testing

/// The codebook and coding-rules formats: what is loaded, and the exact message for each problem.
struct CodebookTests {
    static let miniCodebook: Codebook? = {
        do {
            return ProjectLoader().load(try ProjectLayout(directory: Fixtures.miniProject)).project.codebook
        } catch {
            fatalError("the mini project is missing: \(error)")
        }
    }()

    @Test(arguments: [
        (
            "codebook-duplicate-code-id.xml",
            "broken/codebook-duplicate-code-id.xml:12:9: error: code 'debt' is defined twice (first at line 7); code ids are unique across the whole codebook"
        ),
        (
            "codebook-link-to-unknown-criterion.xml",
            "broken/codebook-link-to-unknown-criterion.xml:4:63: error: unknown criterion 'relevanse' in code 'services.gap'. Did you mean 'relevance'?"
        ),
        (
            "codebook-link-to-unknown-evaluation-question.xml",
            "broken/codebook-link-to-unknown-evaluation-question.xml:4:63: error: unknown evaluation question 'R2' in code 'services.gap'. Did you mean 'R1'?"
        ),
        (
            "codebook-invalid-pattern.xml",
            "broken/codebook-invalid-pattern.xml:9:7: error: pattern 'no (money|income' for code 'hardship' is not a valid regular expression (check its brackets, repeats and escapes)"
        ),
        (
            "codebook-pattern-matches-empty-text.xml",
            "broken/codebook-pattern-matches-empty-text.xml:8:7: error: pattern '(no money)?' for code 'hardship' matches empty text, so it would code every segment"
        ),
        (
            "codebook-pattern-with-accents.xml",
            "broken/codebook-pattern-with-accents.xml:9:7: warning: pattern 'Không có (tiền|việc)\\b' for code 'hardship' has accented letters, which never match: patterns are matched against text without accents; write 'Khong co (tien|viec)\\b'"
        ),
        (
            "codebook-blank-phrase.xml",
            "broken/codebook-blank-phrase.xml:9:7: error: a <phrase> for code 'debt' is blank"
        ),
        (
            "codebook-missing-english-text.xml",
            "broken/codebook-missing-english-text.xml:7:7: error: <use> has no English text (<text xml:lang=\"en\">)"
        ),
        (
            "codebook-weight-on-descriptive-code.xml",
            "broken/codebook-weight-on-descriptive-code.xml:4:58: warning: weight has no effect on descriptive code 'debt': scoring weighs only positive and negative codes"
        ),
        (
            "codebook-bad-colour.xml",
            "broken/codebook-bad-colour.xml:4:19: error: Element 'code', attribute 'colour': [facet 'pattern'] The value '#C08A5' is not accepted by the pattern '#[0-9A-Fa-f]{6}'."
        ),
        (
            "codebook-rules-unknown-code.xml",
            "broken/codebook-rules-unknown-code.xml:6:9: error: unknown code 'servics.gap' in coding rules 'extra'. Did you mean 'services.gap'?"
        ),
    ])
    func brokenCodebookGetsExactlyOneClearMessage(file: String, expected: String) throws {
        #expect(try Fixtures.diagnostics(ofBroken: file) == [expected])
    }

    @Test func repeatedPhrasesWithinOneCodeAreWarningsThatPointAtTheFirst() throws {
        // The same phrase under another code is fine: one phrase can be evidence for two codes.
        #expect(
            try Fixtures.diagnostics(ofBroken: "codebook-duplicate-phrase.xml") == [
                "broken/codebook-duplicate-phrase.xml:10:7: warning: phrase 'No Nan' for code 'debt' is the same as 'nợ nần' (line 8) once case and accents are ignored; the repeat adds nothing",
                "broken/codebook-duplicate-phrase.xml:11:7: warning: phrase 'debt' appears twice for code 'debt' (first at line 9); the repeat adds nothing",
            ])
    }

    @Test func rulesFileGetsPatternAndRepeatedPhraseChecksAcrossItsRules() throws {
        #expect(
            try Fixtures.diagnostics(ofBroken: "codebook-rules-invalid-pattern.xml") == [
                "broken/codebook-rules-invalid-pattern.xml:5:5: error: pattern 'owe[ds' for code 'debt' is not a valid regular expression (check its brackets, repeats and escapes)",
                "broken/codebook-rules-invalid-pattern.xml:8:5: warning: phrase 'Owed Money' for code 'debt' is the same as 'owed money' (line 4) once case and accents are ignored; the repeat adds nothing",
            ])
    }

    @Test func aSecondCodebookInTheProjectIsAnError() throws {
        let layout = try ProjectLayout(directory: Fixtures.miniProject)
        let second = Fixtures.path("broken/codebook-second-codebook.xml")
        let result = ProjectLoader().load(files: layout.xmlFiles() + [second], directory: Fixtures.miniProject)
        #expect(
            result.diagnostics.map { $0.description.replacingOccurrences(of: Fixtures.directory + "/", with: "") } == [
                "broken/codebook-second-codebook.xml: error: a project has one codebook; another is in mini/Instruments/codebook.xml"
            ])
        #expect(result.project.codebook?.id == "mini-codes")
    }

    @Test func codesAreLoadedWithTheirHierarchyLinksAndRules() throws {
        let codebook = try #require(Self.miniCodebook)
        #expect(codebook.title.english == "Mini codebook")
        #expect(codebook.codes.map(\.id) == ["services", "debt"])
        let entries = codebook.allCodes
        #expect(entries.map(\.code.id) == ["services", "services.met-needs", "services.gap", "debt"])
        #expect(entries.map(\.parentID) == [nil, "services", "services", nil])
        #expect(entries.map(\.depth) == [0, 1, 1, 0])
        let met = try #require(codebook.code("services.met-needs"))
        #expect(met.valence == .positive && met.weight == 1.5 && met.colour == "#43A047")
        #expect(met.evaluationQuestions == ["R1"] && met.criteria == [])
        #expect(met.doNotUse?.english == "Not for kind staff alone.")
        #expect(met.phrases == ["helped a lot", "rất hữu ích"])
        let gap = try #require(codebook.code("services.gap"))
        #expect(gap.valence == .negative && gap.weight == 1 && gap.example == nil)
        #expect(gap.patterns == ["(did not|never) get (any )?help"])
        #expect(codebook.code("services")?.criteria == ["relevance"])
        #expect(codebook.code("nowhere") == nil)
        #expect(Valence.allCases.map(\.sign) == [1, -1, 0])
    }

    @Test func foldingIgnoresCaseAccentsAndTheVietnameseD() {
        #expect(CodingRules.fold("Nợ nần  ĐÃ trả") == "no nan da tra")
        #expect(CodingRules.fold("Đường về nhà\nxa") == "duong ve nha xa")
        #expect(CodingRules.fold("Self-Help GROUP") == "self-help group")
    }

    @Test func rulesKeptApartAddToTheCodebooksOwn() throws {
        let codebook = try #require(Self.miniCodebook)
        #expect(codebook.rules.map(\.code) == ["services.met-needs", "services.gap", "debt"])
        let extra = CodingRules(
            id: "extra", version: "1", rules: [CodingRules.Rule(code: "debt", phrases: ["owed money"])])
        let all = codebook.rules(adding: [extra])
        #expect(all.filter { $0.code == "debt" }.flatMap(\.phrases) == ["debt", "nợ nần", "owed money"])
    }

    @Test func codingRulesFileInTheProjectIsLoadedAndChecked() throws {
        let folder = try TemporaryDirectory()
        let path = try folder.write(Self.rulesFile(code: "debt"), to: "rules.xml")
        let layout = try ProjectLayout(directory: Fixtures.miniProject)
        let result = ProjectLoader().load(files: layout.xmlFiles() + [path], directory: Fixtures.miniProject)
        #expect(result.diagnostics.map(\.description) == [])
        #expect(result.project.codingRules.map(\.id) == ["extra"])
        #expect(result.project.codingRules.first?.rules == [CodingRules.Rule(code: "debt", phrases: ["vay lãi"])])
    }

    @Test func standAloneRulesFileIsCheckedAgainstTheCodebook() throws {
        let folder = try TemporaryDirectory()
        let good = try folder.write(Self.rulesFile(code: "debt"), to: "good.xml")
        let loaded = ProjectLoader().loadRules(file: good, codebook: Self.miniCodebook)
        #expect(loaded.diagnostics.map(\.description) == [])
        #expect(loaded.rules?.rules.map(\.code) == ["debt"])

        let bad = try folder.write(Self.rulesFile(code: "dept"), to: "bad.xml")
        #expect(
            ProjectLoader().loadRules(file: bad, codebook: Self.miniCodebook).diagnostics.map(\.description) == [
                "\(bad):3:9: error: unknown code 'dept' in coding rules 'extra'. Did you mean 'debt'?"
            ])
        #expect(
            ProjectLoader().loadRules(file: bad, codebook: nil).diagnostics.map(\.description) == [
                "\(bad): warning: no codebook found (an Instruments/*.xml with a <codebook> root); "
                    + "the codes named by coding rules were not checked"
            ])
    }

    @Test func standAloneRulesMustBeACodingRulesFileThatExists() {
        let codebook = Fixtures.path("mini/Instruments/codebook.xml")
        let wrong = ProjectLoader().loadRules(file: codebook, codebook: nil)
        #expect(wrong.rules == nil)
        #expect(
            wrong.diagnostics.map(\.description) == ["\(codebook):2:1: error: <codebook> is not a <codingRules> file"])
        let missing = ProjectLoader().loadRules(file: "/nonexistent/rules.xml", codebook: nil)
        #expect(missing.diagnostics.map(\.description) == ["/nonexistent/rules.xml: error: no such file"])
    }

    static func rulesFile(code: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <codingRules xmlns="urn:evalkit:1" id="extra" version="1">
          <rule code="\(code)"><phrase>vay lãi</phrase></rule>
        </codingRules>

        """
    }
}
