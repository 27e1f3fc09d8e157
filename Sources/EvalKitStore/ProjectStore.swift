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

    /// Opens the database at `path`, creating it (and its folder) if needed, and brings its
    /// schema up to date.
    ///
    /// An empty or missing file becomes a new project database; that is not an error.
    /// - Parameter textCodec: seals and opens answers, notes and profile values.
    /// - Throws: `StoreError`: 65 for a file that is not an SQLite database, another program's
    ///   database, a damaged one, or one written by a newer EvalKit (such files are not changed);
    ///   73 when the folder cannot be created; 74 when the file cannot be opened or written.
    public convenience init(path: String, textCodec: any TextCodec = PlainTextCodec()) throws(StoreError) {
        let pool = try Self.openPool(path: path)
        let keyring: Keyring?
        do {
            keyring = try pool.read(Self.keyring)
        } catch {
            throw StoreError(path: path, caught: error)
        }
        if keyring != nil && !textCodec.encrypts { throw StoreError(path: path, reason: .encryptedProject) }
        self.init(path: path, pool: pool, textCodec: textCodec)
    }

    /// Opens the database at `path` as `init(path:textCodec:)` does, taking the codec from
    /// `keys`: the codec that opens the project key in the database's keyring or, for a
    /// database without one, a new keyring (plain texts already stored are then encrypted
    /// in the same transaction that stores the keyring).
    /// - Throws: `StoreError`, or what `keys` throws (a wrong passphrase); nothing is changed then.
    public convenience init(path: String, keys: any ProjectKeyProvider) throws {
        let pool = try Self.openPool(path: path)
        let codec: any TextCodec
        do {
            if let keyring = try pool.read(Self.keyring) {
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

    /// Creates the folder and file if needed, checks the file, opens it and migrates it.
    private static func openPool(path: String) throws(StoreError) -> DatabasePool {
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
        if !FileManager.default.fileExists(atPath: path) {
            _ = FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600])
        }
        do {
            try Self.checkExistingFile(at: path)
            let pool = try DatabasePool(path: path, configuration: Self.configuration())
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

    /// Refuses, without changing it, an existing file that is not an EvalKit database this
    /// EvalKit can use; opening a pool would first switch another program's database to WAL.
    private static func checkExistingFile(at path: String) throws {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        guard let size = attributes?[.size] as? NSNumber, size.intValue > 0,
            attributes?[.type] as? FileAttributeType == .typeRegular
        else { return }
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(10)
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        try queue.read { db in
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
            let unknown = try migrator.appliedIdentifiers(db).subtracting(migrator.migrations)
            if !unknown.isEmpty { throw Refusal(.newerThanThisEvalKit(unknownMigrations: unknown.sorted())) }
        }
        try queue.close()
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
