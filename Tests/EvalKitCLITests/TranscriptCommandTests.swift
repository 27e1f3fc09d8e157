import EvalKitTestSupport
import Foundation
import Testing

/// `evalkit transcript import` end to end: consent first, a split that can be checked before
/// anything is stored, imported sessions that list and code like runner sessions.
struct TranscriptCommandTests {
    private static let consent = ["--consent-attested-by", "IV-03", "--consent-date", "2011-05-17"]

    private func transcript(in folder: TemporaryDirectory, named name: String = "Nguyen Thi Hoa.txt") throws -> String {
        try folder.write(
            """
            Phỏng vấn tại xã, ghi tay rồi đánh máy.
            [before.knew] Không, chưa bao giờ.
            Looking back now, why do you think this happened to you?
            Gia đình tôi mắc nợ nhiều, chị Lan rủ tôi đi làm.
            [not.a.question] ghi chú lạc chỗ
            """, to: name)
    }

    @Test func dryRunShowsTheSplitAndStoresNothing() throws {
        let project = try ScriptedProject.referenceCopy()
        let folder = try TemporaryDirectory()
        let file = try transcript(in: folder)
        let output = try EvalKitProcess.run(
            [
                "transcript", "import", file, "--instrument", "survivor-centre", "--site", "lao-cai", "--dry-run",
                "--project", project.path,
            ] + Self.consent)
        #expect(output.status == 0, "\(output.standardError)")
        #expect(
            output.standardOutput == """
                \(file): would become one session of 'survivor-centre':
                  line 1: transcript (not under a question), 9 words
                  line 2: before.knew (marker), 4 words
                  line 3: before.cause (heading), 12 words
                  line 5: transcript (not under a question), 5 words
                  line 5: [not.a.question] is not a question of this guide; its text is kept under 'transcript'
                  2 of 54 questions matched.
                \(file): warning: 1 likely personal names (stored as written; check them, or import with --mask-names):
                  line 4, column 28: chị Lan
                Dry run: nothing was stored.

                """)
        #expect(!FileManager.default.fileExists(atPath: project.file(".evalkit/project.sqlite")))
    }

    @Test func importedSessionsAreListedAndCodedLikeRunnerSessions() throws {
        let project = try ScriptedProject.referenceCopy()
        let folder = try TemporaryDirectory()
        let file = try transcript(in: folder)
        let output = try EvalKitProcess.run(
            [
                "transcript", "import", file, "--instrument", "survivor-centre", "--site", "lao-cai", "--mask-names",
                "--interviewer", "IV-03", "--project", project.path,
            ] + Self.consent)
        #expect(output.status == 0, "\(output.standardError)")
        let id = try #require(
            output.standardOutput.firstMatch(of: /session ([0-9a-f]{8}) \(A-SURV-001\), 3 answers/)?.1)
        let list = try EvalKitProcess.run(["interview", "list", "--project", project.path, "--format", "json"])
        #expect(list.standardOutput.contains("\"imported\":\"transcript\""))
        let coded = try EvalKitProcess.run(["code", "auto", "--project", project.path])
        #expect(coded.status == 0, "\(coded.standardError)")
        let shown = try EvalKitProcess.run([
            "interview", "show", String(id), "--project", project.path, "--format", "json",
        ])
        #expect(shown.standardOutput.contains("[name] rủ tôi đi làm"))
        #expect(!shown.standardOutput.contains("Lan"))
        let table = try EvalKitProcess.run(["code", "table", "--by", "site", "--project", project.path])
        #expect(table.status == 0, "\(table.standardError)")
        // Nothing anywhere remembers the file's name.
        let audit = try EvalKitProcess.run(["audit", "--project", project.path, "--format", "json"])
        #expect(audit.standardOutput.contains("transcript.import"))
        for text in [shown.standardOutput, audit.standardOutput, list.standardOutput] {
            #expect(!text.contains("Nguyen"))
        }
        let report = try EvalKitProcess.run(
            ["report", "--format", "all", "--out", folder.file("out"), "--project", project.path])
        #expect(report.status == 0, "\(report.standardError)")
        let html = try String(contentsOfFile: folder.file("out/report.html"), encoding: .utf8)
        #expect(html.contains("Sessions imported rather than recorded with the interview runner: 1."))
        let xml = try String(contentsOfFile: folder.file("out/report.xml"), encoding: .utf8)
        #expect(xml.contains("importedSessions=\"1\""))
        let again = try EvalKitProcess.run(
            [
                "transcript", "import", file, "--instrument", "survivor-centre", "--site", "lao-cai", "--project",
                project.path,
            ] + Self.consent)
        #expect(again.standardOutput == "\(file): already imported as session \(id); nothing was added.\n")
    }

    @Test func aRespondentOfAnImportedTranscriptCanWithdraw() throws {
        let project = try ScriptedProject.referenceCopy()
        let folder = try TemporaryDirectory()
        let file = try transcript(in: folder)
        let imported = try EvalKitProcess.run(
            [
                "transcript", "import", file, "--instrument", "survivor-centre", "--site", "lao-cai", "--project",
                project.path,
            ] + Self.consent)
        #expect(imported.status == 0, "\(imported.standardError)")
        let withdrawn = try EvalKitProcess.run(["respondent", "withdraw", "A-SURV-001", "--project", project.path])
        #expect(withdrawn.status == 0, "\(withdrawn.standardError)")
        let list = try EvalKitProcess.run(["interview", "list", "--project", project.path, "--format", "json"])
        #expect(list.standardOutput.contains("\"status\":\"withdrawn\""))
        #expect(list.standardOutput.contains("\"answers\":0"))
        // The same text cannot come back in: its digest is kept with the withdrawal.
        let again = try EvalKitProcess.run(
            [
                "transcript", "import", file, "--instrument", "survivor-centre", "--site", "lao-cai", "--project",
                project.path,
            ] + Self.consent)
        #expect(again.standardOutput.contains("already imported as session"))
    }

    @Test func withoutConsentNothingIsStored() throws {
        let project = try ScriptedProject.referenceCopy()
        let folder = try TemporaryDirectory()
        let output = try EvalKitProcess.run(
            [
                "transcript", "import", try transcript(in: folder), "--instrument", "survivor-centre", "--site",
                "lao-cai", "--project", project.path,
            ])
        #expect(output.status == 64)
        #expect(
            output.standardError
                == "error: a transcript is stored only with an attestation of verbal consent: give "
                + "--consent-attested-by CODE (the interviewer who heard the consent) and --consent-date YYYY-MM-DD.\n")
        #expect(!FileManager.default.fileExists(atPath: project.file(".evalkit/project.sqlite")))
    }

    @Test func oneBadFileStoresNothingOfAny() throws {
        let project = try ScriptedProject.referenceCopy()
        let folder = try TemporaryDirectory()
        let good = try transcript(in: folder, named: "good.txt")
        let bad = try folder.write("", to: "empty.txt")
        let output = try EvalKitProcess.run(
            [
                "transcript", "import", good, bad, "--instrument", "survivor-centre", "--site", "lao-cai", "--project",
                project.path,
            ] + Self.consent)
        #expect(output.status == 65)
        #expect(output.standardError == "\(bad): error: the file holds no text; nothing was stored.\n")
        #expect(!FileManager.default.fileExists(atPath: project.file(".evalkit/project.sqlite")))
    }
}
