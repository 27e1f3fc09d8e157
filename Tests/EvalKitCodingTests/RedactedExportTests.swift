import EvalKitCoding
import EvalKitCore
import EvalKitStore
import EvalKitTestSupport
import Foundation
import Testing

/// A published REFI-QDA export masks the project's listed names and places, and its selections
/// still point at the same words.
struct RedactedExportTests {
    static let answer = "Chị Hoa đi làm ở nhà hàng Móng Cái, rồi về nhà."
    let redactor = Redactor(terms: [
        .init(text: "Hoa", replacement: "[name]"), .init(text: "Mong Cai", replacement: "[place]"),
    ])

    private func coded() throws -> (REFIFixture, Int64) {
        let fixture = try REFIFixture(sessions: ["s1"])
        let id = try fixture.answer("s1", "q-work", Self.answer)
        try fixture.segment(id, "forced", 17..<34, coder: "CD-01")  // "nhà hàng Móng Cái"
        try fixture.segment(id, "debt", 36..<46, coder: "CD-01")  // "rồi về nhà"
        try fixture.segment(id, "debt", nil, coder: "CD-02")
        return (fixture, id)
    }

    private func selectedTexts(_ export: ProjectExporter.InMemory) throws -> (String, [String]) {
        let text = try #require(export.sources.values.first)
        let scalars = Array(text.unicodeScalars)
        let qde = String(decoding: export.projectQDE, as: UTF8.self)
        let positions = qde.matches(of: /startPosition="(\d+)" endPosition="(\d+)"/).map {
            (Int($0.1)!, Int($0.2)!)
        }
        return (
            text,
            positions.map { String(String.UnicodeScalarView(scalars[$0.0..<$0.1])) }
        )
    }

    @Test func sourceTextsAreMaskedAndSelectionsFollow() throws {
        let (fixture, _) = try coded()
        let export = try ProjectExporter(name: "t", redactor: redactor).inMemory(
            store: fixture.store, codebook: fixture.codebook)
        let (text, selected) = try selectedTexts(export)
        #expect(text == "[q-work] Chị [name] đi làm ở nhà hàng [place], rồi về nhà.")
        #expect(
            selected.sorted() == [
                "Chị [name] đi làm ở nhà hàng [place], rồi về nhà.", "nhà hàng [place]", "rồi về nhà",
            ])
        #expect(!String(decoding: export.projectQDE, as: UTF8.self).contains("Hoa"))
    }

    @Test func aRedactedExportImportsBackOntoTheSameWords() throws {
        let (fixture, id) = try coded()
        let before = try fixture.store.segments(answerID: id).map {
            "\($0.codeID) \($0.coder) \(String(describing: $0.range))"
        }
        let path = fixture.folder.file("out.qdpx")
        try QDPXWriter.write(
            ProjectExporter(name: "t", redactor: redactor), store: fixture.store, codebook: fixture.codebook, to: path)
        for segment in try fixture.store.segments(answerID: id) { try fixture.store.deleteSegment(id: segment.id!) }

        let unaware = try REFIImporter(store: fixture.store, codebook: fixture.codebook).importFile(at: path)
        #expect(unaware.matchedSessions.isEmpty)

        let report = try REFIImporter(store: fixture.store, codebook: fixture.codebook, redactor: redactor)
            .importFile(at: path)
        #expect(report.matchedSessions == ["s1"])
        #expect(report.warnings == [])
        let after = try fixture.store.segments(answerID: id).map {
            "\($0.codeID) \($0.coder) \(String(describing: $0.range))"
        }
        #expect(after.sorted() == before.sorted())
    }

    /// A respondent code typed into an answer is masked even when the project has no list.
    @Test func respondentCodesInAnswersAreMaskedAndImportBack() throws {
        let fixture = try REFIFixture(sessions: ["s1"])
        let code = try fixture.store.allocateRespondent(
            sessionID: "s1", siteID: "lao-cai", siteCode: "A", respondentGroup: "survivors", groupCode: "SURV",
            seat: nil
        ).code
        let id = try fixture.answer("s1", "q-work", "Như \(code) đã nói, nợ rất nặng.")
        try fixture.segment(id, "debt", 23..<34, coder: "CD-01")  // "nợ rất nặng"
        let export = try ProjectExporter(name: "t").inMemory(store: fixture.store, codebook: fixture.codebook)
        let (text, selected) = try selectedTexts(export)
        #expect(text == "[q-work] Như [respondent] đã nói, nợ rất nặng.")
        #expect(selected == ["nợ rất nặng"])

        let path = fixture.folder.file("out.qdpx")
        try QDPXWriter.write(ProjectExporter(name: "t"), store: fixture.store, codebook: fixture.codebook, to: path)
        for segment in try fixture.store.segments(answerID: id) { try fixture.store.deleteSegment(id: segment.id!) }
        let report = try REFIImporter(store: fixture.store, codebook: fixture.codebook).importFile(at: path)
        #expect(report.matchedSessions == ["s1"])
        #expect(try fixture.store.segments(answerID: id).map(\.range) == [23..<34])
    }

    @Test func textVariablesOfCasesAreMasked() throws {
        let fixture = try REFIFixture(sessions: [])
        try fixture.store.createSession(
            SessionRecord(
                id: "s9", instrumentID: "survivor-centre", instrumentVersion: "1", instrumentSnapshot: "{}",
                method: .interview, siteID: "lao-cai", unitID: nil, respondentGroup: "survivors",
                interviewerCode: "IV-01", language: "vi", startedAt: REFIFixture.moment,
                consentAt: REFIFixture.moment))
        let code = try fixture.store.allocateRespondent(
            sessionID: "s9", siteID: "lao-cai", siteCode: "A", respondentGroup: "survivors", groupCode: "SURV",
            seat: nil
        ).code
        try fixture.store.setProfileValue(respondentCode: code, fieldID: "birthplace", value: "Móng Cái")
        let export = try ProjectExporter(
            name: "t", caseVariables: [.init(id: "birthplace", isInteger: false)], redactor: redactor
        ).inMemory(store: fixture.store, codebook: fixture.codebook)
        let qde = String(decoding: export.projectQDE, as: UTF8.self)
        #expect(qde.contains("<TextValue>[place]</TextValue>"))
        #expect(!qde.contains("Móng"))
        #expect(!qde.contains(code))
    }
}
