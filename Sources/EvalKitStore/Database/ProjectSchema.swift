internal import GRDB

/// The project database's schema, as a timeline of migrations.
///
/// A released migration is never edited: a change is a new migration appended at the end.
/// Migrations use plain table and column names and SQL, never the record types, so that
/// they keep meaning what they meant when they shipped.
///
/// Dates are stored as GRDB stores them: UTC text `YYYY-MM-DD HH:MM:SS.SSS`, which sorts in
/// time order and keeps milliseconds. Protected texts are BLOBs written by `ProtectedText`.
/// There is no column for a person's name anywhere, by design.
enum ProjectSchema {
    /// `PRAGMA application_id` of an EvalKit project database ("EvKt"), set by migration v1,
    /// so that another program's SQLite file is told apart from an EvalKit one.
    static let applicationID: Int64 = 0x4576_4B74

    /// The migrator that brings a database to the schema this EvalKit uses.
    static func migrator() -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1", migrate: v1)
        migrator.registerMigration("v2-coding", migrate: v2Coding)
        migrator.registerMigration("v3-reviewed", migrate: v3Reviewed)
        migrator.registerMigration("v4-confidentiality", migrate: v4Confidentiality)
        migrator.registerMigration("v5-imported-sessions", migrate: v5ImportedSessions)
        return migrator
    }

    private static func v1(_ db: Database) throws {
        try db.execute(
            sql: """
                PRAGMA application_id = \(applicationID);

                CREATE TABLE session (
                    id TEXT NOT NULL PRIMARY KEY,
                    instrumentID TEXT NOT NULL,
                    instrumentVersion TEXT NOT NULL,
                    instrumentSnapshot TEXT NOT NULL,
                    method TEXT NOT NULL,
                    siteID TEXT NOT NULL,
                    unitID TEXT,
                    respondentGroup TEXT NOT NULL,
                    interviewerCode TEXT,
                    language TEXT NOT NULL,
                    interpreterUsed BOOLEAN,
                    status TEXT NOT NULL,
                    startedAt DATETIME NOT NULL,
                    endedAt DATETIME,
                    consentAt DATETIME,
                    guardianConsentAt DATETIME
                );
                CREATE INDEX session_on_startedAt ON session(startedAt, id);

                CREATE TABLE respondent (
                    code TEXT NOT NULL PRIMARY KEY,
                    sessionID TEXT NOT NULL REFERENCES session(id) ON DELETE CASCADE,
                    siteID TEXT NOT NULL,
                    respondentGroup TEXT NOT NULL,
                    number INTEGER NOT NULL,
                    seat INTEGER,
                    UNIQUE (siteID, respondentGroup, number)
                );
                CREATE INDEX respondent_on_sessionID ON respondent(sessionID);

                -- The highest number ever given per site and group: a number stays used
                -- even after a withdrawn respondent's row is removed.
                CREATE TABLE respondentCounter (
                    siteID TEXT NOT NULL,
                    respondentGroup TEXT NOT NULL,
                    lastNumber INTEGER NOT NULL,
                    PRIMARY KEY (siteID, respondentGroup)
                );

                CREATE TABLE profileValue (
                    respondentCode TEXT NOT NULL REFERENCES respondent(code) ON DELETE CASCADE,
                    fieldID TEXT NOT NULL,
                    value BLOB NOT NULL,
                    PRIMARY KEY (respondentCode, fieldID)
                );

                CREATE TABLE answer (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    sessionID TEXT NOT NULL REFERENCES session(id) ON DELETE CASCADE,
                    questionID TEXT NOT NULL,
                    respondentCode TEXT REFERENCES respondent(code) ON DELETE CASCADE,
                    status TEXT NOT NULL,
                    value BLOB,
                    recordedAt DATETIME NOT NULL
                );
                CREATE INDEX answer_on_sessionID_questionID ON answer(sessionID, questionID, respondentCode);
                CREATE INDEX answer_on_respondentCode ON answer(respondentCode);

                CREATE TABLE note (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    sessionID TEXT NOT NULL REFERENCES session(id) ON DELETE CASCADE,
                    questionID TEXT,
                    text BLOB NOT NULL,
                    createdAt DATETIME NOT NULL
                );
                CREATE INDEX note_on_sessionID ON note(sessionID);

                CREATE TABLE sessionEvent (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    sessionID TEXT NOT NULL REFERENCES session(id) ON DELETE CASCADE,
                    kind TEXT NOT NULL,
                    questionID TEXT,
                    at DATETIME NOT NULL
                );
                CREATE INDEX sessionEvent_on_sessionID ON sessionEvent(sessionID);
                """)
    }

    /// Coding: the codebook as loaded into the store, and coded segments. A segment belongs to
    /// one coder; nothing one coder does touches another's segments.
    private static func v2Coding(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE code (
                    id TEXT NOT NULL PRIMARY KEY,
                    parentID TEXT,
                    position INTEGER NOT NULL,
                    label TEXT NOT NULL,
                    colour TEXT NOT NULL,
                    valence TEXT NOT NULL,
                    weight DOUBLE NOT NULL,
                    criteria TEXT NOT NULL,
                    evaluationQuestions TEXT NOT NULL
                );

                -- start and end count Unicode code points from 0, end exclusive; both NULL
                -- means the whole answer.
                CREATE TABLE segment (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    answerID INTEGER NOT NULL REFERENCES answer(id) ON DELETE CASCADE,
                    codeID TEXT NOT NULL,
                    coder TEXT NOT NULL,
                    start INTEGER,
                    "end" INTEGER,
                    memo BLOB,
                    createdAt DATETIME NOT NULL
                );
                CREATE UNIQUE INDEX segment_unique
                    ON segment(answerID, codeID, coder, IFNULL(start, -1), IFNULL("end", -1));
                CREATE INDEX segment_on_coder ON segment(coder, answerID);
                CREATE INDEX segment_on_codeID ON segment(codeID);
                """)
    }

    /// Which answers each coder has been through, codes or not: a coder who read an answer
    /// and applied no code said "absent", which is not the same as never having seen it.
    private static func v3Reviewed(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE reviewed (
                    coder TEXT NOT NULL,
                    answerID INTEGER NOT NULL REFERENCES answer(id) ON DELETE CASCADE,
                    reviewedAt DATETIME NOT NULL,
                    PRIMARY KEY (coder, answerID)
                );
                CREATE INDEX reviewed_on_answerID ON reviewed(answerID);
                """)
    }

    /// Confidentiality: the wrapped project key, and the audit log (who did what and when,
    /// never what was said).
    ///
    /// `keyring` holds at most one row. `wrappedKey` is the random project key sealed with a
    /// key derived from the passphrase by `kdf` with `salt` and the cost parameters; a database
    /// without a row is a plain (unencrypted) one from before v4 or from a test.
    private static func v4Confidentiality(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE keyring (
                    id INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
                    kdf TEXT NOT NULL,
                    salt BLOB NOT NULL,
                    costLog2 INTEGER NOT NULL,
                    blockSize INTEGER NOT NULL,
                    parallelism INTEGER NOT NULL,
                    cipher TEXT NOT NULL,
                    wrappedKey BLOB NOT NULL,
                    createdAt DATETIME NOT NULL
                );

                CREATE TABLE auditEvent (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    at DATETIME NOT NULL,
                    actor TEXT NOT NULL,
                    action TEXT NOT NULL,
                    target TEXT
                );
                CREATE INDEX auditEvent_on_at ON auditEvent(at, id);
                """)
    }

    /// Sessions that did not come through the runner: where from, who attested the verbal
    /// consent, and a digest of the imported content so that a re-import adds nothing.
    private static func v5ImportedSessions(_ db: Database) throws {
        try db.execute(
            sql: """
                ALTER TABLE session ADD COLUMN importedFrom TEXT;
                ALTER TABLE session ADD COLUMN consentAttestedBy TEXT;
                ALTER TABLE session ADD COLUMN sourceDigest TEXT;
                CREATE UNIQUE INDEX session_on_sourceDigest ON session(sourceDigest) WHERE sourceDigest IS NOT NULL;
                """)
    }
}
