import EvalKitCore
import EvalKitTestSupport
import Foundation
import Testing

@testable import EvalKitStore

struct OpeningTests {
    @Test func theDatabaseLivesInTheProjectsEvalkitFolder() {
        #expect(ProjectStore.relativePath == ".evalkit/project.sqlite")
        #expect(ProjectStore.path(inProject: "/p") == "/p/.evalkit/project.sqlite")
    }

    @Test func openingCreatesTheFolderAndTheSchema() throws {
        let project = try TestProject()
        #expect(FileManager.default.fileExists(atPath: project.directory.file(".evalkit/project.sqlite")))
        let tables = try project.raw("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        #expect(
            tables.compactMap { $0["name"] }
                == [
                    "answer", "auditEvent", "code", "grdb_migrations", "keyring", "note", "profileValue", "respondent",
                    "respondentCounter", "reviewed", "segment", "session", "sessionEvent", "sqlite_sequence",
                ].map(RawValue.text))
        #expect(
            try project.raw("SELECT identifier FROM grdb_migrations ORDER BY rowid")
                == [
                    ["identifier": .text("v1")], ["identifier": .text("v2-coding")],
                    ["identifier": .text("v3-reviewed")], ["identifier": .text("v4-confidentiality")],
                    ["identifier": .text("v5-imported-sessions")],
                ])
        #expect(try project.raw("PRAGMA application_id") == [["application_id": .integer(0x4576_4B74)]])
    }

    @Test func aReadOnlyOpenReadsWithoutChangingTheFile() throws {
        let (path, directory) = try TestProject.closed { try $0.session() }
        // The last store has closed: the WAL is checkpointed and gone, as between two commands.
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let reader = try ProjectStore(path: path, access: .readOnly)
        #expect(try reader.session(id: "s1") != nil)
        #expect(throws: StoreError.self) { try reader.createSession(Sample.session("s2")) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        _ = directory
    }

    @Test func aReadOnlyOpenOfANewDatabaseCreatesIt() throws {
        let directory = try TemporaryDirectory()
        let store = try ProjectStore(path: ProjectStore.path(inProject: directory.path), access: .readOnly)
        #expect(try store.session(id: "s1") == nil)
        try store.createSession(Sample.session("s1"))
    }

    @Test func onlyTheOwnerCanReadTheDatabaseAndItsFolder() throws {
        let project = try TestProject()
        try project.session()
        let manager = FileManager.default
        func mode(_ path: String) throws -> Int {
            ((try manager.attributesOfItem(atPath: path))[.posixPermissions] as? NSNumber)?.intValue ?? -1
        }
        #expect(try mode(project.directory.file(".evalkit")) == 0o700)
        #expect(try mode(project.path) == 0o600)
        // SQLite gives the write-ahead log the database file's permissions.
        #expect(try mode(project.path + "-wal") == 0o600)
    }

    @Test func reopeningRunsNoMigrationTwiceAndKeepsTheData() throws {
        let project = try TestProject()
        try project.session("kept")
        let schema = try project.raw("SELECT type, name, sql FROM sqlite_master ORDER BY name")
        for _ in 1...2 {
            let again = try project.open()
            #expect(try again.rawRows("SELECT type, name, sql FROM sqlite_master ORDER BY name") == schema)
            #expect(
                try again.rawRows("SELECT identifier FROM grdb_migrations ORDER BY rowid")
                    == [
                        ["identifier": .text("v1")], ["identifier": .text("v2-coding")],
                        ["identifier": .text("v3-reviewed")], ["identifier": .text("v4-confidentiality")],
                        ["identifier": .text("v5-imported-sessions")],
                    ])
            #expect(try again.session(id: "kept")?.id == "kept")
        }
    }

    /// After the last connection closes, SQLite removes the -wal and -shm files.
    @Test func aDatabaseClosedCleanlyOpensAgain() throws {
        let directory = try TemporaryDirectory()
        let path = ProjectStore.path(inProject: directory.path)
        do {
            let store = try ProjectStore(path: path)
            try store.createSession(Sample.session("s1"))
        }
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
        #expect(try ProjectStore(path: path).session(id: "s1")?.id == "s1")
    }

    @Test func everyConnectionIsInWALModeWithFullSynchronousWrites() throws {
        let project = try TestProject()
        let store = project.store
        for onWriter in [true, false] {
            #expect(try store.rawRows("PRAGMA journal_mode", onWriter: onWriter) == [["journal_mode": .text("wal")]])
            #expect(try store.rawRows("PRAGMA synchronous", onWriter: onWriter) == [["synchronous": .integer(2)]])
            #expect(try store.rawRows("PRAGMA foreign_keys", onWriter: onWriter) == [["foreign_keys": .integer(1)]])
        }
    }

    /// No table has a column that could hold a person's name.
    @Test func noColumnIsMeantForAName() throws {
        let columns = try TestProject().raw(
            """
            SELECT m.name || '.' || p.name AS column FROM sqlite_master m, pragma_table_info(m.name) p
            WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite%'
            """)
        #expect(columns.count > 30)
        #expect(columns.filter { "\($0["column"] ?? .null)".lowercased().contains("name") } == [])
    }

    @Test func aFileOfRandomBytesIsRefusedAndLeftAlone() throws {
        let directory = try TemporaryDirectory()
        var generator = SystemRandomNumberGenerator()
        let bytes = Data((0..<8192).map { _ in UInt8.random(in: 0...255, using: &generator) })
        let path = try directory.write(bytes, to: ".evalkit/project.sqlite")
        let error = #expect(throws: StoreError.self) { try ProjectStore(path: path) }
        #expect(error?.description == "\(path): error: not an EvalKit project database (file is not a database)")
        #expect(error?.exitStatus == .dataError)
        #expect(FileManager.default.contents(atPath: path) == bytes)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    @Test func aDatabaseMigratedByANewerEvalKitIsRefused() throws {
        let project = try TestProject()
        try project.store.rawExecute("INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')")
        let error = #expect(throws: StoreError.self) { try project.open() }
        #expect(
            error?.description
                == "\(project.path): error: the project database was written by a newer EvalKit "
                + "(unknown schema version 'v99-from-the-future'); update EvalKit to open it")
        #expect(error?.exitStatus == .dataError)
    }

    @Test func anotherProgramsSQLiteDatabaseIsRefused() throws {
        let project = try TestProject()
        try project.store.rawExecute("PRAGMA application_id = 0")
        let error = #expect(throws: StoreError.self) { try project.open() }
        #expect(
            error?.description
                == "\(project.path): error: not an EvalKit project database (it holds another program's tables)")
        #expect(error?.exitStatus == .dataError)
    }

    // EvalKit never leaves an empty database (init writes the schema): an empty one is damage.
    @Test func anEmptyFileIsReportedAsDamageNotTakenAsNew() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write(Data(), to: "project.sqlite")
        #expect {
            try ProjectStore(path: path)
        } throws: { error in
            (error as? StoreError)?.exitStatus == .dataError
                && "\(error)".hasSuffix(
                    "the project database is damaged: the file is empty (0 bytes), though a project database is never "
                        + "empty; restore it from a backup or a bundle")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)).isEmpty)
    }

    // Byte 18 is the file format's write version; SQLite took a flipped one as "read-only".
    @Test func aBrokenHeaderIsReportedAsDamageNotAsReadOnly() throws {
        let (path, directory) = try TestProject.closed { try $0.session() }
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        bytes[18] ^= 0xFF
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        #expect {
            try ProjectStore(path: path)
        } throws: { error in
            "\(error)".contains("the project database is damaged: its header is broken")
                && (error as? StoreError)?.exitStatus == .dataError
        }
        _ = directory
    }

    @Test func aFolderWhereTheFileShouldBeCannotBeOpened() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("project.sqlite")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        let error = #expect(throws: StoreError.self) { try ProjectStore(path: path) }
        #expect(
            error?.description
                == "\(path): error: cannot open the project database (unable to open database file); "
                + "check that the folder exists and can be written")
        #expect(error?.exitStatus == .ioError)
    }

    @Test func aFileWhereTheFolderShouldBeIsReported() throws {
        let directory = try TemporaryDirectory()
        try directory.write("not a folder", to: ".evalkit")
        let path = ProjectStore.path(inProject: directory.path)
        let error = #expect(throws: StoreError.self) { try ProjectStore(path: path) }
        #expect(error?.description == "\(path): error: its folder cannot be created")
        #expect(error?.exitStatus == .cannotCreate)
    }

    /// Page 1 (the schema) is intact; every other page is overwritten.
    @Test func aDamagedDatabaseIsReportedAsDamaged() throws {
        let project = try TestProject()
        try project.session()
        _ = try project.store.rawRows("PRAGMA wal_checkpoint(TRUNCATE)", onWriter: true)
        var bytes = try #require(FileManager.default.contents(atPath: project.path))
        let pageSize = 4096
        #expect(bytes.count > pageSize)
        for index in pageSize..<bytes.count { bytes[index] = UInt8(truncatingIfNeeded: index &* 31) }
        try bytes.write(to: URL(fileURLWithPath: project.path))
        let error = #expect(throws: StoreError.self) { try project.open().session(id: "s1") }
        #expect(
            error?.description
                == "\(project.path): error: the project database is damaged (SQLite reports a malformed file); "
                + "restore it from a backup or a bundle")
        #expect(error?.exitStatus == .dataError)
    }
}
