import EvalKitCore
import Foundation
import Testing

@testable import EvalKitStore

/// Answers, notes and profile values reach the disk only through the store's `TextCodec`.
struct ProtectedTextTests {
    private let plain = Data(Sample.vietnamese.utf8)

    @Test func answersNotesAndProfileValuesAreSealedOnDisk() throws {
        let project = try TestProject(textCodec: XORCodec())
        try project.session()
        let store = project.store
        let code = try store.allocateRespondent(
            sessionID: "s1", siteID: "lao-cai", siteCode: "A", respondentGroup: "survivors", groupCode: "SURV",
            seat: nil
        ).code
        try store.setProfileValue(respondentCode: code, fieldID: "living", value: Sample.vietnamese)
        _ = try store.setAnswer(Sample.answer(respondent: code, value: Sample.vietnamese))
        _ = try store.addNote(NoteRecord(sessionID: "s1", questionID: nil, text: Sample.vietnamese, createdAt: .now))

        for (table, column) in [("answer", "value"), ("note", "text"), ("profileValue", "value")] {
            let stored = try project.raw("SELECT \(column) AS stored FROM \(table)")
            let bytes = try #require(stored.first?["stored"]?.bytes, "\(table).\(column)")
            #expect(!bytes.contains(plain), "\(table).\(column) holds the plain text")
            #expect(stored.first?["stored"] == .blob(try XORCodec().seal(Sample.vietnamese)))
        }
        #expect(try store.answers(sessionID: "s1").map(\.value) == [Sample.vietnamese])
        #expect(try store.notes(sessionID: "s1").map(\.text) == [Sample.vietnamese])
        #expect(try store.profileValues(respondentCode: code) == ["living": Sample.vietnamese])
    }

    @Test func plainTextIsStoredAsUTF8Blobs() throws {
        let project = try TestProject()
        try project.session()
        _ = try project.store.setAnswer(Sample.answer(value: Sample.vietnamese))
        #expect(try project.raw("SELECT value FROM answer") == [["value": .blob(plain)]])
    }

    @Test func textSealedWithAnotherCodecIsReportedNotShown() throws {
        let project = try TestProject(textCodec: XORCodec())
        try project.session()
        _ = try project.store.setAnswer(Sample.answer(value: Sample.vietnamese))
        let withoutKey = try project.open(textCodec: PlainTextCodec())
        let error = #expect(throws: StoreError.self) { try withoutKey.answers(sessionID: "s1") }
        #expect(
            error?.description
                == "\(project.path): error: a protected text cannot be opened (wrong key, or damaged data)")
        #expect(error?.exitStatus == .dataError)
    }

    /// A codec's own error may quote the text; the store's error must not.
    @Test func aCodecFailureNeitherSavesNorQuotesTheText() throws {
        let project = try TestProject(textCodec: FailingCodec())
        try project.session()
        let error = #expect(throws: StoreError.self) {
            try project.store.setAnswer(Sample.answer(value: Sample.vietnamese))
        }
        #expect(
            error?.description == "\(project.path): error: a text could not be protected for storage; nothing was saved"
        )
        #expect(error.map { "\($0)".contains("Tôi") } == false)
        #expect(error?.exitStatus == .software)
        #expect(try project.raw("SELECT * FROM answer") == [])
    }
}
