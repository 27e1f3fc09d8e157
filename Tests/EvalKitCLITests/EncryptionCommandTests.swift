import EvalKitTestSupport
import Foundation
import Testing

/// The project database on a lost laptop: encrypted, and useless without the passphrase.
struct EncryptionCommandTests {
    private func databaseBytes(_ folder: TemporaryDirectory) -> Data {
        var bytes = Data()
        for suffix in ["", "-wal"] {
            bytes.append(
                FileManager.default.contents(atPath: folder.file(".evalkit/project.sqlite" + suffix)) ?? Data())
        }
        return bytes
    }

    @Test func interviewAnswersAndProfileValuesAreNotOnDiskInClear() throws {
        let folder = try ScriptedProject.withOneInterview()
        let bytes = databaseBytes(folder)
        #expect(bytes.count > 4096)
        for text in ["nhà hàng", "mắc nợ", "Bat Xat", "Nothing here"] {
            #expect(bytes.range(of: Data(text.utf8)) == nil, "'\(text)' is on disk in clear")
        }
        let list = try EvalKitProcess.run(["interview", "list", "--project", folder.path, "--format", "json"])
        #expect(list.status == 0)
        #expect(list.standardOutput.contains("\"answers\":3"))
    }

    @Test func aWrongPassphraseIsRefusedWithExit77AndChangesNothing() throws {
        let folder = try ScriptedProject.withOneInterview()
        let auditBefore = try EvalKitProcess.run(["audit", "--project", folder.path, "--format", "json"])
        let output = try EvalKitProcess.run(
            ["respondent", "withdraw", "A-SURV-001", "--project", folder.path],
            environment: ["EVALKIT_PASSPHRASE": "not the passphrase"])
        #expect(output.status == 77)
        #expect(
            output.standardError
                == "passphrase: error: the passphrase does not open this project's key; nothing was changed\n")
        // Still there, and not even an audit line was added.
        let auditAfter = try EvalKitProcess.run(["audit", "--project", folder.path, "--format", "json"])
        #expect(auditAfter.standardOutput == auditBefore.standardOutput)
        let list = try EvalKitProcess.run(["interview", "list", "--project", folder.path, "--format", "json"])
        #expect(list.standardOutput.contains("\"answers\":3"))
    }

    /// The database and its WAL, byte for byte. A WAL that is not there reads as empty: a
    /// read-only connection may leave an empty one behind, which holds nothing.
    private func databaseFiles(_ folder: TemporaryDirectory) -> [Data] {
        ["", "-wal"].map { FileManager.default.contents(atPath: folder.file(".evalkit/project.sqlite" + $0)) ?? Data() }
    }

    /// Where two versions of the database files first differ, for the failure message.
    private func firstDifference(_ before: [Data], _ after: [Data]) -> String {
        for (index, (old, new)) in zip(before, after).enumerated() where old != new {
            let name = index == 0 ? "project.sqlite" : "project.sqlite-wal"
            let (oldBytes, newBytes) = ([UInt8](old), [UInt8](new))
            let shorter = min(old.count, new.count)
            let offset = (0..<shorter).first { oldBytes[$0] != newBytes[$0] } ?? shorter
            return "\(name): \(old.count) then \(new.count) bytes, first difference at offset \(offset)"
        }
        return "no difference"
    }

    @Test func aRefusedOpenChangesNotOneByteOfTheDatabase() throws {
        let folder = try ScriptedProject.withOneInterview()
        let before = databaseFiles(folder)
        let output = try EvalKitProcess.run(
            ["interview", "list", "--project", folder.path], environment: ["EVALKIT_PASSPHRASE": "not the passphrase"])
        #expect(output.status == 77)
        let after = databaseFiles(folder)
        #expect(after == before, "\(firstDifference(before, after))")
    }

    // A command that only reads opens the database read-only: no schema change, no new page.
    @Test(arguments: [["interview", "list"], ["score"], ["audit"], ["code", "table", "--by", "site"]])
    func aReadOnlyCommandChangesNotOneByteOfTheDatabase(_ command: [String]) throws {
        let folder = try ScriptedProject.withOneInterview(autoCoded: true)
        try Repository.copy(["Analysis"], into: folder)
        let before = databaseFiles(folder)
        let output = try EvalKitProcess.run(command + ["--project", folder.path])
        #expect(output.status == 0, "\(output.standardError)")
        let after = databaseFiles(folder)
        #expect(after == before, "\(firstDifference(before, after))")
    }

    /// Without a terminal (setsid detaches it) and without the variable, nothing can be asked.
    @Test func noPassphraseAndNoTerminalIsAUsageError() throws {
        let folder = try ScriptedProject.withOneInterview()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/setsid")
        process.arguments = ["-w", EvalKitProcess.binary, "interview", "list", "--project", folder.path]
        var environment = ProcessInfo.processInfo.environment
        environment["EVALKIT_PASSPHRASE"] = nil
        process.environment = environment
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = Pipe()
        process.standardInput = Pipe()
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 64)
        #expect(
            message
                == "EVALKIT_PASSPHRASE: error: the project database is encrypted; set EVALKIT_PASSPHRASE or run the "
                + "command in a terminal\n")
    }

    /// At a terminal the passphrase is asked without echo: twice for a new project, once after.
    @Test(.needsTmux) func theTerminalPromptHidesThePassphrase() throws {
        let folder = try TemporaryDirectory()
        let tmux = Tmux()
        defer { tmux.stop() }
        try tmux.start(["env", "-u", "EVALKIT_PASSPHRASE", EvalKitProcess.binary, "init", folder.path])
        try tmux.waitFor("New passphrase:")
        try tmux.type("seven quiet rivers")
        try tmux.waitFor("The same passphrase again:")
        try tmux.type("seven quiet rivers")
        try tmux.waitFor("Made a new EvalKit project")
        #expect(try !tmux.screen().contains("seven quiet rivers"))

        let second = Tmux()
        defer { second.stop() }
        try second.start([
            "env", "-u", "EVALKIT_PASSPHRASE", EvalKitProcess.binary, "audit", "--project", folder.path,
        ])
        try second.waitFor("Passphrase of the project:")
        try second.type("seven quiet rivers")
        try second.waitFor("project.init")
        #expect(try !second.screen().contains("seven quiet rivers"))
    }

    @Test(.needsTmux) func differingNewPassphrasesCreateNoProjectKey() throws {
        let folder = try TemporaryDirectory()
        let tmux = Tmux()
        defer { tmux.stop() }
        try tmux.start(["env", "-u", "EVALKIT_PASSPHRASE", EvalKitProcess.binary, "init", folder.path])
        try tmux.waitFor("New passphrase:")
        try tmux.type("seven quiet rivers")
        try tmux.waitFor("The same passphrase again:")
        try tmux.type("seven quiet river")
        try tmux.waitFor("the two passphrases differ")
        // Init made the database file, but it has no key: the right passphrase later creates one.
        let audit = try EvalKitProcess.run(["audit", "--project", folder.path])
        #expect(audit.status == 0, "\(audit.standardError)")
        #expect(audit.standardOutput == "The audit log is empty.\n")
    }

    @Test func thePassphraseCanBeChanged() throws {
        let folder = try ScriptedProject.withOneInterview()
        let changed = try EvalKitProcess.run(
            ["keys", "passphrase", "--project", folder.path, "--actor", "IV-01"],
            environment: ["EVALKIT_NEW_PASSPHRASE": "a new long passphrase"])
        #expect(changed.status == 0, "\(changed.standardError)")
        let old = try EvalKitProcess.run(["interview", "list", "--project", folder.path])
        #expect(old.status == 77)
        let new = try EvalKitProcess.run(
            ["audit", "--project", folder.path], environment: ["EVALKIT_PASSPHRASE": "a new long passphrase"])
        #expect(new.status == 0)
        let lines = new.standardOutput.split(separator: "\n")
        #expect(lines.contains { $0.contains(" IV-01 ") && $0.contains(" keys.passphrase") })
    }
}

/// `evalkit check` on a whole project: sound, then with a forged text.
struct CheckCommandTests {
    /// python3 from the PATH, else where Debian puts it.
    static let python: String? = {
        let path = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map { "\($0)/python3" }
        return (path + ["/usr/bin/python3"]).first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    @Test(.enabled(if: CheckCommandTests.python != nil, "needs python3 (its sqlite3 module) to forge a stored text"))
    func aSoundProjectPassesAndAForgedAnswerFails() throws {
        let project = try ScriptedProject.withOneInterview(autoCoded: true)
        let sound = try EvalKitProcess.run(["check", "--project", project.path])
        #expect(sound.status == 0, "\(sound.standardOutput)\(sound.standardError)")
        #expect(sound.standardOutput == "No problems found (database, texts, segments and guides).\n")
        // Change the last byte of one stored answer's ciphertext, as someone editing the file would.
        let forge = Process()
        forge.executableURL = URL(fileURLWithPath: try #require(Self.python))
        forge.arguments = [
            "-c",
            "import sqlite3, sys\nc = sqlite3.connect(sys.argv[1])\n"
                + "c.execute(\"UPDATE answer SET value = CAST(substr(value, 1, length(value) - 1) || X'00' AS BLOB) "
                + "WHERE id = (SELECT MIN(id) FROM answer WHERE value IS NOT NULL)\")\nc.commit()",
            project.file(".evalkit/project.sqlite"),
        ]
        try forge.run()
        forge.waitUntilExit()
        #expect(forge.terminationStatus == 0)
        let damaged = try EvalKitProcess.run(["check", "--project", project.path])
        #expect(damaged.status == 65)
        #expect(damaged.standardOutput.contains("its text does not open with the project key (forged or damaged)"))
        #expect(
            damaged.standardError.hasSuffix(
                "error: 1 problem found; see above. Restore damaged data from a backup or a bundle.\n"))
        // The quick check reads the file's structure only, which is intact.
        #expect(try EvalKitProcess.run(["check", "--quick", "--project", project.path]).status == 0)
    }

    /// A broken page is damage to every command, not only to `check`: listing sessions stops
    /// with exit 65 instead of showing what is left, and `check` still lists the problems.
    @Test(.enabled(if: CheckCommandTests.python != nil, "needs python3 (its sqlite3 module) to find a table's page"))
    func aBrokenPageStopsOrdinaryCommands() throws {
        let project = try ScriptedProject.withOneInterview(autoCoded: true)
        let database = project.file(".evalkit/project.sqlite")
        let find = Process()
        let pipe = Pipe()
        find.executableURL = URL(fileURLWithPath: try #require(Self.python))
        find.arguments = [
            "-c",
            "import sqlite3, sys\nc = sqlite3.connect(sys.argv[1])\n"
                + "print(c.execute(\"SELECT rootpage FROM sqlite_schema WHERE name = 'session'\").fetchone()[0])",
            database,
        ]
        find.standardOutput = pipe
        try find.run()
        find.waitUntilExit()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let page = try #require(Int(text.trimmingCharacters(in: .whitespacesAndNewlines)))
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: database)))
        let pageSize = Int(bytes[16]) << 8 | Int(bytes[17])
        // The session table's root page now claims more cells than a page can hold.
        bytes[(page - 1) * pageSize + 3] = 0x7F
        bytes[(page - 1) * pageSize + 4] = 0xFF
        try Data(bytes).write(to: URL(fileURLWithPath: database))

        let list = try EvalKitProcess.run(["interview", "list", "--project", project.path])
        #expect(list.status == 65)
        #expect(list.standardOutput.isEmpty)
        #expect(
            list.standardError.hasPrefix(database + ": error: the project database is damaged"),
            "\(list.standardError)")
        let check = try EvalKitProcess.run(["check", "--project", project.path])
        #expect(check.status == 65)
        #expect(check.standardOutput.contains("database file: "), "\(check.standardOutput)\(check.standardError)")
    }
}
