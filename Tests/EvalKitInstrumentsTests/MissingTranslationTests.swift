import EvalKitCore
import EvalKitInstruments
import Testing

struct MissingTranslationTests {
    @Test func untranslatedTextsAreListedAndFallBackToEnglish() throws {
        let result = ProjectLoader().load(try ProjectLayout(directory: Fixtures.miniProject))
        let guide = try #require(result.project.instrument("guide"))
        #expect(guide.title.text(in: "vi") == "Hướng dẫn")
        #expect(guide.sections[0].title.text(in: "vi") == "Work")
        let warnings = result.missingTranslations("vi").filter { $0.location?.file.hasSuffix("guide.xml") == true }
        // Everything in guide.xml but its title lacks Vietnamese: 2 labels, 2 options, section title,
        // 2 prompts and 2 options of the checklist.
        #expect(warnings.count == 9)
        #expect(
            warnings.first?.description.hasSuffix("guide.xml:5:46: warning: <label> has no 'vi' translation") == true)
        #expect(guide.completeLanguages == ["en"])
    }
}
