import EvalKitDemo
import EvalKitInstruments
import EvalKitReport
import Foundation
import Testing

/// The reference case's Vietnamese report: final (no analyst check, no text falling back to
/// English) and free of every English sentence of the project's files.
struct VietnameseEditionTests {
    private func content(_ language: String) throws -> ReportContent {
        try ReportBuilder(project: DemoFixture.project, language: language).build(from: DemoFixture.built.get().store)
    }

    @Test func bothEditionsPassTheFinalChecks() throws {
        #expect(try content("en").checks == [])
        #expect(try content("vi").checks == [])
    }

    @Test func theVietnameseHTMLHoldsNoEnglishTextOfTheProjectFiles() throws {
        let html = String(decoding: ReportHTMLWriter().data(try content("vi")), as: UTF8.self)
        let project = DemoFixture.project
        var texts: [LocalizedText] = project.findings.flatMap { [$0.title, $0.statement, $0.conclusion] }
        texts += project.judgements.map(\.justification)
        texts += project.instruments.flatMap(\.allTexts)
        texts += project.codebook?.allCodes.flatMap(\.code.texts) ?? []
        if let framework = project.framework {
            texts += framework.criteria.flatMap { [$0.name] + $0.evaluationQuestions.map(\.text) }
            texts += framework.units.map(\.name) + framework.sites.map(\.name) + framework.respondentGroups.map(\.name)
        }
        if let rubric = project.rubric { texts += rubric.answers.map(\.name) + rubric.scale.map(\.name) }
        // Short texts such as "Yes" or a place name may honestly read the same in both.
        let english = Set(texts.map(\.english).filter { $0.count >= 24 && $0.contains(" ") })
        #expect(english.count > 500)
        let found = english.filter { html.contains(Self.escaped($0)) }
        #expect(found.isEmpty, "\(found.prefix(5))")
    }

    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
