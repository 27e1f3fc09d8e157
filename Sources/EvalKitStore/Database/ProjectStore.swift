import Foundation
internal import GRDB

/// The project database: sessions, pseudonymous respondents, answers, notes and events
/// of one evaluation, in `.evalkit/project.sqlite` (SQLite in WAL mode, through GRDB).
///
/// Every method is synchronous and every method that writes has committed, with
/// `synchronous = FULL`, when it returns: a caller may show "saved" right after, and the
/// change survives a crash or a power cut. Several stores (in one process or several) may
/// use the same file at once; writes are serialised by SQLite.
///
/// Answer values, note texts, profile values and memos pass through the store's `TextCodec`
/// (see `ProtectedText`). Commands open an encrypted store with `init(path:keys:)`; tests and
/// tools on plain databases may use `init(path:textCodec:)`, which refuses an encrypted one.
/// There is no place for a person's name.
public final class ProjectStore: Sendable {
    /// Where the database lives inside a project folder.
    public static let relativePath = ".evalkit/project.sqlite"

    /// The database path of the project in `directory`.
    public static func path(inProject directory: String) -> String {
        (directory as NSString).appendingPathComponent(relativePath)
    }

    /// The database file.
    public let path: String
    let pool: DatabasePool
    let protected: ProtectedText

    /// How a command uses the database.
    public enum Access: Sendable {
        /// Reads and writes; an out-of-date schema is brought up to date.
        case readWrite
        /// Only reads, and changes not one byte of the file: the database is opened read-only
        /// when it is up to date and has its key. A database that must first be migrated or get
        /// a key (an upgrade) is opened as `readWrite`.
        case readOnly
    }

    /// Opens the database at `path`, creating it (and its folder) if needed, and brings its
    /// schema up to date.
    ///
    /// A missing file becomes a new project database; that is not an error. An existing empty
    /// file is damage (EvalKit never leaves one).
    /// - Parameters:
    ///   - textCodec: seals and opens answers, notes and profile values.
    ///   - access: `.readOnly` for a caller that never writes.
    /// - Throws: `StoreError`: 65 for a file that is not an SQLite database, another program's
    ///   database, a damaged one, an encrypted one (with a plain codec), or one written by a
    ///   newer EvalKit (such files are not changed); 73 when the folder cannot be created; 74
    ///   when the file cannot be opened or written.
    public convenience init(
        path: String, textCodec: any TextCodec = PlainTextCodec(), access: Access = .readWrite
    ) throws(StoreError) {
        let state = try Self.inspect(path: path)
        if state.keyring != nil && !textCodec.encrypts { throw StoreError(path: path, reason: .encryptedProject) }
        let pool = try Self.openPool(path: path, readOnly: access == .readOnly && state.isCurrent)
        self.init(path: path, pool: pool, textCodec: textCodec)
    }

    /// Opens the database at `path` as `init(path:textCodec:access:)` does, taking the codec
    /// from `keys`: the codec that opens the project key in the database's keyring or, for a
    /// database without one, a new keyring (plain texts already stored are then encrypted in
    /// the same transaction that stores the keyring).
    ///
    /// The key is opened before anything is written, so a refused passphrase leaves every byte
    /// of the database and its WAL as it was.
    /// - Throws: `StoreError`, or what `keys` throws (a wrong passphrase); nothing is changed then.
    public convenience init(path: String, keys: any ProjectKeyProvider, access: Access = .readWrite) throws {
        let state = try Self.inspect(path: path)
        let existing = try state.keyring.map { try keys.codec(for: $0) }
        let readOnly = access == .readOnly && state.isCurrent && existing != nil
        let pool = try Self.openPool(path: path, readOnly: readOnly)
        let codec: any TextCodec
        do {
            if let existing {
                codec = existing
            } else if let keyring = try pool.read(Self.keyring) {
                // Another process gave the database its key since the inspection.
                codec = try keys.codec(for: keyring)
            } else if let fresh = try keys.newKeyring() {
                let hadTexts = try pool.write { db in
                    try Self.protectPlainTexts(db, keyring: fresh.keyring, codec: fresh.codec)
                }
                // The plain texts must not linger in free pages or the WAL.
                if hadTexts { try Self.scrub(pool) }
                codec = fresh.codec
            } else {
                codec = PlainTextCodec()
            }
        } catch let error as DatabaseError {
            throw StoreError(path: path, caught: error)
        } catch let refusal as Refusal {
            throw StoreError(path: path, caught: refusal)
        }
        self.init(path: path, pool: pool, textCodec: codec)
    }

    private init(path: String, pool: DatabasePool, textCodec: any TextCodec) {
        self.path = path
        self.pool = pool
        self.protected = ProtectedText(codec: textCodec)
    }

    /// What the file holds before anything opens it for writing.
    struct FileState {
        /// Up to date: every migration of this EvalKit applied, so nothing needs writing to read.
        var isCurrent = false
        var keyring: Keyring?
    }

    /// Creates the folder and an empty file if needed, and refuses, without changing it, an
    /// existing file that is not an EvalKit database this EvalKit can use (opening a pool would
    /// first switch another program's database to WAL).
    private static func inspect(path: String) throws(StoreError) -> FileState {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            do {
                // Owner only: answers are nobody else's business on a shared machine.
                try FileManager.default.createDirectory(
                    atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            } catch {
                throw StoreError(path: path, reason: .cannotCreateFolder)
            }
        }
        // SQLite gives the WAL and shared-memory files the database file's permissions.
        let created = !FileManager.default.fileExists(atPath: path)
        if created {
            _ = FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600])
        }
        do {
            return try Self.inspectExistingFile(at: path, created: created)
        } catch {
            throw StoreError(path: path, caught: error)
        }
    }

    /// Refuses, as damage, an SQLite file whose header's format bytes are broken (SQLite would
    /// call it read-only, which misleads).
    private static func checkHeader(_ path: String) throws(StoreError) {
        guard let handle = FileHandle(forReadingAtPath: path) else { return }
        defer { try? handle.close() }
        let header = [UInt8]((try? handle.read(upToCount: 100)) ?? Data())
        guard header.starts(with: Array("SQLite format 3\0".utf8)), header.count >= 20 else { return }
        if !(1...2).contains(header[18]) || !(1...2).contains(header[19]) {
            throw StoreError(
                path: path,
                reason: .damaged(
                    "its header is broken (file format bytes \(header[18]) and \(header[19]) at offset 18)"))
        }
    }

    /// Opens the pool; read-write pools are set to full durability and migrated.
    ///
    /// A read-write pool writes even when nothing changes (GRDB makes a WAL file by creating
    /// and dropping a table when there is none), so readers use a read-only pool.
    private static func openPool(path: String, readOnly: Bool) throws(StoreError) -> DatabasePool {
        do {
            var configuration = Self.configuration()
            configuration.readonly = readOnly
            let pool = try DatabasePool(path: path, configuration: configuration)
            if readOnly { return pool }
            // The pool sets NORMAL on its writer when it turns WAL on, after `prepareDatabase`.
            try pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
            try ProjectSchema.migrator().migrate(pool)
            return pool
        } catch {
            throw StoreError(path: path, caught: error)
        }
    }

    private static func configuration() -> Configuration {
        var configuration = Configuration()
        configuration.label = "EvalKit.ProjectStore"
        configuration.foreignKeysEnabled = true
        // Another store on the same file may be writing: wait for it rather than fail.
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            // A committed answer must survive a power cut; a deleted one must not linger in free pages.
            try db.execute(sql: "PRAGMA synchronous = FULL; PRAGMA secure_delete = ON")
        }
        return configuration
    }

    /// Reads the file read-only: refuses what this EvalKit cannot use, and says whether it is
    /// up to date and which keyring it has. The empty file just `created` is a new database; an
    /// empty one that was there is damage (EvalKit never leaves one: `init` writes the schema).
    private static func inspectExistingFile(at path: String, created: Bool) throws -> FileState {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        guard attributes?[.type] as? FileAttributeType == .typeRegular else { return FileState() }
        guard let size = attributes?[.size] as? NSNumber, size.intValue > 0 else {
            if created { return FileState() }
            throw StoreError(
                path: path, reason: .damaged("the file is empty (0 bytes), though a project database is never empty"))
        }
        try checkHeader(path)
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(10)
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        let state = try queue.read { db in
            let applicationID = try Int64.fetchOne(db, sql: "PRAGMA application_id") ?? 0
            if applicationID != ProjectSchema.applicationID {
                let tables = try Int.fetchOne(
                    db,
                    sql: """
                        SELECT COUNT(*) FROM sqlite_master
                        WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name <> 'grdb_migrations'
                        """)
                if (tables ?? 0) > 0 { throw Refusal(.notAnEvalKitDatabase) }
            }
            let migrator = ProjectSchema.migrator()
            let applied = try migrator.appliedIdentifiers(db)
            let unknown = applied.subtracting(migrator.migrations)
            if !unknown.isEmpty { throw Refusal(.newerThanThisEvalKit(unknownMigrations: unknown.sorted())) }
            return FileState(
                isCurrent: applied == Set(migrator.migrations),
                keyring: try db.tableExists("keyring") ? Self.keyring(db) : nil)
        }
        try queue.close()
        return state
    }

    /// Runs `body` in a read-only snapshot; every failure becomes a `StoreError`.
    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try pool.read(body)
        } catch {
            throw StoreError(path: path, caught: error)
        }
    }

    /// Runs `body` in one immediate write transaction, committed when this returns; on any
    /// error nothing of `body` is kept.
    func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try pool.write(body)
        } catch {
            throw StoreError(path: path, caught: error)
        }
    }
}
