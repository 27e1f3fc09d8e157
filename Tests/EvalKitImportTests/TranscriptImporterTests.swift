import EvalKitCore
import EvalKitInstruments
import EvalKitStore
import EvalKitTestSupport
import Foundation
import Testing

@testable import EvalKitImport

struct TranscriptImporterTests {
    static let project = TranscriptSplitterTests.project

    private struct Workspace {
        let folder: TemporaryDirectory
        let store: ProjectStore

        init() throws {
            folder = try TemporaryDirectory()
            store = try ProjectStore(path: ProjectStore.path(inProject: folder.path))
        }

        func write(_ lines: [String], to name: String) throws -> String {
            let path = folder.file(name)
            try Data(lines.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: path))
            return path
        }
    }

    private func options(_ guide: String = "survivor-centre", site: String = "lao-cai") -> TranscriptImporter.Options {
        var options = TranscriptImporter.Options(instrumentID: guide, siteID: site)
        options.consentAttestedBy = "IV-03"
        options.consentDate = "2011-05-17"
        options.interviewerCode = "IV-03"
        options.language = "vi"
        return options
    }

    @Test func anInterviewBecomesACompletedImportedSessionWithAnswersByQuestion() throws {
        let workspace = try Workspace()
        var options = options()
        options.profile = ["age=34", "sex=Nữ"]
        let importer = try TranscriptImporter(project: Self.project, options: options)
        let path = try workspace.write(
            [
                "Ghi chép buổi phỏng vấn.", "[before.knew] Không, chưa bao giờ.", "[before.cause]", "Vì nhà nghèo.",
                "[before.cause] Và vì tin người quen.",
            ], to: "Nguyen Thi Hoa.txt")
        let plan = try importer.prepare(path)
        let outcome = try importer.store(plan, in: workspace.store)
        guard case .added(let id, let respondents) = outcome else {
            Issue.record("not added: \(outcome)")
            return
        }
        #expect(respondents == ["A-SURV-001"])
        let session = try #require(try workspace.store.session(id: id))
        #expect(session.status == .completed)
        #expect(session.importedFrom == .transcript)
        #expect(session.consentAttestedBy == "IV-03")
        #expect(session.consentAt == TranscriptImporter.day("2011-05-17"))
        #expect(session.sourceDigest?.count == 64)
        let answers = try workspace.store.answers(sessionID: id)
        #expect(answers.map(\.questionID) == ["transcript", "before.knew", "before.cause"])
        #expect(answers.map(\.value) == ["Ghi chép buổi phỏng vấn.", "no", "Vì nhà nghèo.\n\nVà vì tin người quen."])
        #expect(Set(answers.map(\.respondentCode)) == ["A-SURV-001"])
        // The yes/no answer keeps its words as a note.
        #expect(try workspace.store.notes(sessionID: id).map(\.text) == ["Không, chưa bao giờ."])
        #expect(try workspace.store.profileValues(respondentCode: "A-SURV-001") == ["age": "34", "sex": "female"])
        // The same text again adds nothing; the file's name is nowhere.
        #expect(try importer.store(try importer.prepare(path), in: workspace.store) == .alreadyImported(sessionID: id))
        let stored = try workspace.store.exportSessions()
        #expect(stored.count == 1)
        #expect(!String(decoding: try JSONEncoder().encode(stored), as: UTF8.self).contains("Nguyen"))
    }

    @Test func anFGDAttributesContributionsToRosterSeats() throws {
        let workspace = try Workspace()
        var options = options("fgd")
        options.respondentGroup = "survivor"
        options.rosterPath = try workspace.write(["seat,age,sex", "P1,31,female", "2,45,Nam"], to: "roster.csv")
        let importer = try TranscriptImporter(project: Self.project, options: options)
        let path = try workspace.write(
            [
                "[trafficking.heard]", "Người điều phối: Anh chị đã nghe chưa?", "P1: Có, trên đài.",
                "P2: Chưa.", "Cả nhóm cười.",
            ], to: "fgd.txt")
        guard case .added(let id, let codes) = try importer.store(try importer.prepare(path), in: workspace.store)
        else {
            Issue.record("not added")
            return
        }
        #expect(codes == ["A-SURV-001", "A-SURV-002"])
        let answers = try workspace.store.answers(sessionID: id)
        #expect(answers.map(\.respondentCode) == ["A-SURV-001", "A-SURV-002"])
        #expect(answers.map(\.value) == ["Có, trên đài.", "Chưa.\nCả nhóm cười."])
        #expect(try workspace.store.notes(sessionID: id).map(\.text) == ["Anh chị đã nghe chưa?"])
        #expect(try workspace.store.profileValues(respondentCode: "A-SURV-002") == ["age": "45", "sex": "male"])
    }

    @Test func anFGDWordDocumentWithSpeakersBecomesContributions() throws {
        let workspace = try Workspace()
        var options = options("fgd")
        options.respondentGroup = "survivor"
        let importer = try TranscriptImporter(project: Self.project, options: options)
        let path = workspace.folder.file("thảo luận nhóm.docx")
        try TestDocuments.word(
            body: TestDocuments.wordParagraphs([
                "Để bắt đầu, xin anh chị cho biết cuộc sống của người dân ở đây như thế nào?",
                "Người điều phối: Xin mời mọi người.", "P2: Khó khăn lắm, không có việc.", "P4: Nhiều người đi xa.",
            ]), at: path)
        guard case .added(let id, let codes) = try importer.store(try importer.prepare(path), in: workspace.store)
        else {
            Issue.record("not added")
            return
        }
        #expect(codes == ["A-SURV-001", "A-SURV-002"])
        let answers = try workspace.store.answers(sessionID: id)
        #expect(answers.map(\.questionID) == ["opening.life", "opening.life"])
        #expect(answers.map(\.value) == ["Khó khăn lắm, không có việc.", "Nhiều người đi xa."])
        let seats = try workspace.store.respondents(sessionID: id).map(\.seat)
        #expect(seats == [2, 4])
        #expect(try workspace.store.notes(sessionID: id).map(\.text) == ["Xin mời mọi người."])
    }

    @Test func withoutAConsentAttestationNothingCanBeImported() throws {
        var options = options()
        options.consentDate = nil
        #expect {
            try TranscriptImporter(project: Self.project, options: options)
        } throws: { error in
            (error as? TranscriptError)?.exitStatus == .usage
                && "\(error)"
                    == "error: a transcript is stored only with an attestation of verbal consent: give "
                    + "--consent-attested-by CODE (the interviewer who heard the consent) and --consent-date YYYY-MM-DD."
        }
    }

    @Test func badOptionsAreUsageErrors() throws {
        func message(_ change: (inout TranscriptImporter.Options) -> Void) -> String {
            var options = options()
            change(&options)
            do {
                _ = try TranscriptImporter(project: Self.project, options: options)
                return "accepted"
            } catch {
                #expect(error.exitStatus == .usage)
                return error.description
            }
        }
        #expect(message { $0.consentDate = "2011-02-30" }.contains("is not a past day"))
        #expect(message { $0.consentAttestedBy = "Hoa" }.contains("is not a valid code"))
        #expect(message { $0.profile = ["age=9"] } == "error: --profile age: '9' is not a whole number from 12 to 90")
        #expect(message { $0.profile = ["agee=30"] }.contains("Did you mean 'age'?"))
        #expect(
            message { $0.method = .fgd } == "error: guide 'survivor-centre' is for interviews, not for --method fgd.")
        #expect(message { $0.siteID = "hanoi" }.hasPrefix("error: unknown site 'hanoi'."))
    }

    @Test func aBadRosterNamesItsLineAndColumn() throws {
        let workspace = try Workspace()
        var options = options("fgd")
        options.respondentGroup = "survivor"
        options.rosterPath = try workspace.write(["seat,age", "1,31", "2,300"], to: "roster.csv")
        #expect {
            try TranscriptImporter(project: Self.project, options: options)
        } throws: { error in
            "\(error)" == "\(options.rosterPath!):3:3: error: age: '300' is not a whole number from 15 to 100; "
                + "nothing was stored."
        }
    }

    @Test func profilesComeFromACSVKeyedByFile() throws {
        let workspace = try Workspace()
        let first = try workspace.write(["[before.knew] Không."], to: "phong-van-1.txt")
        let second = try workspace.write(["[before.knew] Có."], to: "phong-van-2.txt")
        var options = options()
        options.profile = ["sex=female"]
        options.files = [first, second]
        options.profilesPath = try workspace.write(
            ["file,age,sex", "phong-van-1.txt,34,", "\"phong-van-2.txt\",51,Nam"], to: "profiles.csv")
        let importer = try TranscriptImporter(project: Self.project, options: options)
        let profiles = try [first, second].map { try importer.prepare($0).exchange.profileValues.values.first }
        #expect(profiles == [["age": "34", "sex": "female"], ["age": "51", "sex": "male"]])
        options.files = [first]
        #expect {
            try TranscriptImporter(project: Self.project, options: options)
        } throws: { error in
            "\(error)" == "\(options.profilesPath!):3:1: error: 'phong-van-2.txt' is not one of the files being "
                + "imported; nothing was stored."
        }
    }

    @Test func namesAreMaskedWhenAsked() throws {
        let workspace = try Workspace()
        var options = options()
        options.maskNames = true
        let importer = try TranscriptImporter(project: Self.project, options: options)
        let plan = try importer.prepare(try workspace.write(["[before.cause] Chị Lan rủ tôi đi."], to: "a.txt"))
        #expect(plan.names.map(\.text) == ["Chị Lan"])
        #expect(plan.exchange.answers.map(\.value) == ["[name] rủ tôi đi."])
    }
}
