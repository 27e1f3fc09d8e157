public import EvalKitCore

/// A problem with the project database, rendered as `path: error: sentence`.
///
/// The message names the database file and, where there is one, the fix. It never
/// contains respondent data (answers, notes, profile values): only ids, codes and
/// SQLite's own description of what failed.
public struct StoreError: EvalKitError, Equatable {
    /// What went wrong; each reason renders one sentence and decides the exit status.
    public enum Reason: Sendable, Equatable {
        /// The folder that should hold the database cannot be created.
        case cannotCreateFolder
        /// The file cannot be opened at all: missing folder, permissions, a folder in its place.
        case cannotOpen(sqliteMessage: String)
        /// The file exists but is not an SQLite database.
        case notADatabase
        /// The file is an SQLite database of another program.
        case notAnEvalKitDatabase
        /// SQLite found damaged pages.
        case corrupt
        /// The file is damaged in a way found before SQLite read it (an empty file, a broken header).
        case damaged(String)
        /// A newer EvalKit changed the database in ways this one does not know.
        case newerThanThisEvalKit(unknownMigrations: [String])
        /// A stored value does not fit what this EvalKit expects in `table`.
        case unreadableRow(table: String)
        /// A protected text (answer, note, profile value) could not be opened.
        case protectedTextUnreadable
        /// A text could not be protected for storage, so it was not saved.
        case protectedTextNotSealed
        /// The database is encrypted and was opened without its key.
        case encryptedProject
        /// The database already has a project key (a new one would make its texts unreadable).
        case alreadyEncrypted
        /// The disk is full.
        case diskFull
        /// The file, its folder or the disk is read-only.
        case readOnly
        /// Another program held the database locked for too long.
        case busy
        /// Reading or writing failed part-way.
        case ioFailure(sqliteMessage: String)
        /// No session has this id.
        case unknownSession(String)
        /// A session with this id already exists.
        case duplicateSession(String)
        /// No respondent has this code.
        case unknownRespondent(String)
        /// No answer has this id.
        case unknownAnswer(Int64)
        /// The respondent code is already taken, by another site or group with the same codes.
        case duplicateRespondentCode(String)
        /// The session has no recorded consent, so nothing said in it may be kept.
        case noConsent(sessionID: String)
        /// The session's status forbids keeping anything said in it.
        case closedToData(sessionID: String, status: SessionStatus)
        /// Anything else SQLite reported: a bug in EvalKit rather than a problem with the file.
        case internalError(code: Int32, sqliteMessage: String)
        /// A database built to replace another still had a write-ahead log after closing.
        case notClosedCleanly
        /// The new database could not be renamed over the old one.
        case cannotReplace
    }

    /// The database file the error is about.
    public var path: String
    /// What went wrong.
    public var reason: Reason

    /// Creates an error about the database at `path`.
    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    /// 73 when the folder cannot be created, 65 for a file that is not a (readable, known)
    /// EvalKit database or data the store refuses, 74 for I/O and disk problems, 70 for bugs.
    public var exitStatus: ExitStatus {
        switch reason {
        case .cannotCreateFolder: .cannotCreate
        case .cannotOpen, .diskFull, .readOnly, .busy, .ioFailure: .ioError
        case .notADatabase, .notAnEvalKitDatabase, .corrupt, .damaged, .newerThanThisEvalKit, .unreadableRow,
            .protectedTextUnreadable, .unknownSession, .duplicateSession, .unknownRespondent,
            .unknownAnswer, .duplicateRespondentCode, .noConsent, .closedToData, .encryptedProject,
            .alreadyEncrypted:
            .dataError
        case .protectedTextNotSealed, .internalError, .notClosedCleanly: .software
        case .cannotReplace: .ioError
        }
    }

    /// `path: error: sentence`.
    public var location: String? { path }

    public var sentence: String {
        switch reason {
        case .cannotCreateFolder:
            "its folder cannot be created"
        case .notClosedCleanly:
            "the new database was not closed cleanly; nothing was replaced"
        case .cannotReplace:
            "the new database could not be put in place; the old one is unchanged"
        case .cannotOpen(let message):
            "cannot open the project database (\(message)); check that the folder exists and can be written"
        case .notADatabase:
            "not an EvalKit project database (file is not a database)"
        case .notAnEvalKitDatabase:
            "not an EvalKit project database (it holds another program's tables)"
        case .corrupt:
            "the project database is damaged (SQLite reports a malformed file); restore it from a backup or a bundle"
        case .damaged(let detail):
            "the project database is damaged: \(detail); restore it from a backup or a bundle"
        case .newerThanThisEvalKit(let migrations):
            "the project database was written by a newer EvalKit (unknown schema version "
                + migrations.map { "'\($0)'" }.joined(separator: ", ") + "); update EvalKit to open it"
        case .unreadableRow(let table):
            "a row of table '\(table)' holds a value this EvalKit cannot read; "
                + "the database may be damaged or written by a newer EvalKit"
        case .protectedTextUnreadable:
            "a protected text cannot be opened (wrong key, or damaged data)"
        case .protectedTextNotSealed:
            "a text could not be protected for storage; nothing was saved"
        case .encryptedProject:
            "the project database is encrypted and was opened without its passphrase"
        case .alreadyEncrypted:
            "the project database already has a project key; it is not replaced"
        case .diskFull:
            "the disk is full; the last change was not saved. Free some space and try again"
        case .readOnly:
            "the project database is read-only; EvalKit needs to write to it and to its folder"
        case .busy:
            "the project database is locked by another program; nothing was saved. Try again"
        case .ioFailure(let message):
            "reading or writing the project database failed (\(message)); the last change may not be saved"
        case .unknownSession(let id):
            "no session '\(id)' in the project database"
        case .duplicateSession(let id):
            "a session '\(id)' already exists in the project database"
        case .unknownRespondent(let code):
            "no respondent '\(code)' in the project database"
        case .unknownAnswer(let id):
            "no answer \(id) in the project database"
        case .duplicateRespondentCode(let code):
            "respondent code '\(code)' is already used; two sites or two groups share a code"
        case .noConsent(let id):
            "session '\(id)' has no recorded consent; nothing said in it may be kept"
        case .closedToData(let id, let status):
            "session '\(id)' is \(status.rawValue); nothing said in it may be kept"
        case .internalError(let code, let message):
            "internal error in the project store (SQLite error \(code): \(message))"
        }
    }
}
