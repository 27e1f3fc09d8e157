import EvalKitTestSupport
import Foundation
import Testing

/// From field laptops to the analysts: keys, sealed bundles, merging, withdrawal and the audit log.
struct BundleCommandTests {
    private let keys: TemporaryDirectory
    private let office: TemporaryDirectory

    init() throws {
        keys = try TemporaryDirectory()
        office = try Repository.copy()
        let made = try EvalKitProcess.run(["keys", "generate", "--out", keys.path])
        #expect(made.status == 0, "\(made.standardError)")
    }

    /// Bundles go next to the keys: the laptop's folder goes away with its value.
    private func export(_ project: TemporaryDirectory, to name: String) throws -> String {
        let path = keys.file(name)
        let output = try EvalKitProcess.run([
            "bundle", "export", "--project", project.path, "--to", keys.file("team.pub"), "--out", path,
        ])
        #expect(output.status == 0, "\(output.standardError)")
        return path
    }

    private func importBundles(_ files: [String], key: String? = nil) throws -> EvalKitProcess.Output {
        try EvalKitProcess.run(
            ["bundle", "import"] + files + [
                "--project", office.path, "--key", key ?? keys.file("team.key"), "--actor", "AN-01",
            ])
    }

    @Test func keyFilesAreWrittenOnceWithThePrivateKeyForTheOwnerOnly() throws {
        let attributes = try FileManager.default.attributesOfItem(atPath: keys.file("team.key"))
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let again = try EvalKitProcess.run(["keys", "generate", "--out", keys.path])
        #expect(again.status == 73)
        #expect(
            again.standardError
                == "\(keys.file("team.key")): error: the file exists already; it is not overwritten "
                + "(choose another name or remove it)\n")
    }

    @Test func twoLaptopsMergeWithRenumberingAndASecondImportChangesNothing() throws {
        let first = try export(try ScriptedProject.withOneInterview(), to: "iv01.evkb")
        let second = try export(try ScriptedProject.withOneInterview(), to: "iv02.evkb")
        let bytes = try #require(FileManager.default.contents(atPath: first))
        #expect(bytes.range(of: Data("nhà hàng".utf8)) == nil)

        let merged = try importBundles([first, second])
        #expect(merged.status == 0, "\(merged.standardError)")
        let lines = merged.standardOutput.split(separator: "\n")
        #expect(lines.first == "Imported 2 new sessions; 0 already here and unchanged; 0 in another version.")
        #expect(lines.dropFirst().first?.hasPrefix("Renumbered A-SURV-001 to A-SURV-002 (session ") == true)

        let again = try importBundles([second, first])
        #expect(
            again.standardOutput == "Imported 0 new sessions; 2 already here and unchanged; 0 in another version.\n")
        let list = try EvalKitProcess.run(["interview", "list", "--project", office.path, "--format", "json"])
        #expect(list.standardOutput.components(separatedBy: "\"answers\":3").count == 3)
    }

    @Test func aChangedSessionIsReportedAndLeftAlone() throws {
        let laptop = try ScriptedProject.withOneInterview()
        let before = try export(laptop, to: "before.evkb")
        #expect(try importBundles([before]).status == 0)
        let list = try EvalKitProcess.run(["interview", "list", "--project", laptop.path, "--format", "json"])
        let id = try #require(list.standardOutput.firstMatch(of: /"id":"([0-9a-f]+)"/)?.1)
        let withdrawn = try EvalKitProcess.run(["respondent", "withdraw", "A-SURV-001", "--project", laptop.path])
        #expect(withdrawn.status == 0)
        let after = try export(laptop, to: "after.evkb")

        let output = try importBundles([after])
        #expect(
            output.standardOutput == "Imported 0 new sessions; 0 already here and unchanged; 1 in another version.\n")
        #expect(output.standardError.contains("warning: session \(id) is already here in another version"))
        let office = try EvalKitProcess.run(["interview", "list", "--project", self.office.path, "--format", "json"])
        #expect(office.standardOutput.contains("\"answers\":3"))
    }

    @Test func aTamperedTruncatedOrMisaddressedBundleImportsNothing() throws {
        let good = try export(try ScriptedProject.withOneInterview(), to: "good.evkb")
        var bytes = try #require(FileManager.default.contents(atPath: good))
        let truncated = try office.write(bytes.prefix(bytes.count - 10), to: "truncated.evkb")
        bytes[bytes.count / 2] ^= 0x20
        let tampered = try office.write(bytes, to: "tampered.evkb")

        for (file, message) in [
            (tampered, "the bundle is damaged, truncated or was changed after it was sealed; nothing was imported"),
            (truncated, "the bundle is damaged, truncated or was changed after it was sealed; nothing was imported"),
        ] {
            // The good bundle comes first: it must not be imported either.
            let output = try importBundles([good, file])
            #expect(output.status == 65)
            #expect(output.standardError == "\(file): error: \(message)\n")
        }
        let otherKeys = try TemporaryDirectory()
        _ = try EvalKitProcess.run(["keys", "generate", "--out", otherKeys.path])
        let misaddressed = try importBundles([good], key: otherKeys.file("team.key"))
        #expect(misaddressed.status == 77)
        #expect(
            misaddressed.standardError
                == "\(good): error: the bundle was sealed for another team's key; nothing was imported\n")
        #expect(!FileManager.default.fileExists(atPath: office.file(".evalkit/project.sqlite")))
    }

    @Test func withdrawalLeavesNoTraceAndTheAuditLogSaysWhoDidWhat() throws {
        let laptop = try ScriptedProject.withOneInterview()
        let bundle = try export(laptop, to: "iv01.evkb")
        #expect(try importBundles([bundle]).status == 0)
        let withdrawn = try EvalKitProcess.run([
            "respondent", "withdraw", "A-SURV-001", "--project", office.path, "--actor", "AN-01",
        ])
        #expect(withdrawn.status == 0, "\(withdrawn.standardError)")
        #expect(
            withdrawn.standardOutput.hasPrefix(
                "Withdrew A-SURV-001: removed 3 answers, 9 profile values, 0 coded segments, 0 notes.\n"))
        let wal = office.file(".evalkit/project.sqlite-wal")
        #expect(((try? FileManager.default.attributesOfItem(atPath: wal))?[.size] as? Int ?? 0) == 0)

        let audit = try EvalKitProcess.run(["audit", "--project", office.path, "--format", "json"])
        struct Line: Decodable, Equatable {
            var actor: String
            var action: String
            var target: String?
        }
        let lines = try JSONDecoder().decode([Line].self, from: Data(audit.standardOutput.utf8))
        #expect(
            lines == [
                Line(actor: "AN-01", action: "bundle.import", target: "iv01.evkb"),
                Line(actor: "AN-01", action: "respondent.withdraw", target: "A-SURV-001"),
            ])
        let unknown = try EvalKitProcess.run(["respondent", "withdraw", "A-SURV-001", "--project", office.path])
        #expect(unknown.status == 65)
        #expect(unknown.standardError.hasSuffix("error: no respondent 'A-SURV-001' in the project database\n"))
    }
}
