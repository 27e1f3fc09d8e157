public import Foundation
internal import GRDB

extension ProjectStore {
    /// How many sessions `forEachSession` reads at a time.
    static let sessionBatchSize = 256

    /// Saves a new session.
    /// - Throws: `StoreError` (`duplicateSession` when the id is taken).
    public func createSession(_ session: SessionRecord) throws(StoreError) {
        try write { db in
            if try Row.fetchOne(db, sql: "SELECT 1 FROM session WHERE id = ?", arguments: [session.id]) != nil {
                throw Refusal(.duplicateSession(session.id))
            }
            try Self.insertSession(session, db)
        }
    }

    /// Inserts `session` as it is; shared by new sessions and bundle import.
    static func insertSession(_ session: SessionRecord, _ db: Database) throws {
        let values: [(any DatabaseValueConvertible)?] = [
            session.id, session.instrumentID, session.instrumentVersion, session.instrumentSnapshot,
            session.method.rawValue, session.siteID, session.unitID, session.respondentGroup,
            session.interviewerCode, session.language, session.interpreterUsed, session.status.rawValue,
            StoredDate.text(session.startedAt), StoredDate.text(session.endedAt), StoredDate.text(session.consentAt),
            StoredDate.text(session.guardianConsentAt),
            session.importedFrom?.rawValue, session.consentAttestedBy, session.sourceDigest,
        ]
        try db.executeCached(
            """
            INSERT INTO session (
                id, instrumentID, instrumentVersion, instrumentSnapshot, method, siteID, unitID,
                respondentGroup, interviewerCode, language, interpreterUsed, status, startedAt, endedAt,
                consentAt, guardianConsentAt, importedFrom, consentAttestedBy, sourceDigest)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, StatementArguments(values))
    }

    /// Records that verbal consent was given (and attested) at `at`, with a guardian's
    /// consent for a minor and whether an interpreter was used.
    /// - Throws: `StoreError` (`unknownSession`).
    public func recordConsent(
        sessionID: String, at: Date, guardianAt: Date?, interpreterUsed: Bool?
    ) throws(StoreError) {
        try update(
            sessionID, sql: "UPDATE session SET consentAt = ?, guardianConsentAt = ?, interpreterUsed = ? WHERE id = ?",
            [at, guardianAt, interpreterUsed])
    }

    /// Sets the session's status and end time (nil while it is not over).
    /// - Throws: `StoreError` (`unknownSession`).
    public func setStatus(sessionID: String, _ status: SessionStatus, endedAt: Date?) throws(StoreError) {
        try update(
            sessionID, sql: "UPDATE session SET status = ?, endedAt = ? WHERE id = ?", [status.rawValue, endedAt])
    }

    /// Records that the session now follows another version of its guide.
    /// - Throws: `StoreError` (`unknownSession`).
    public func updateInstrument(sessionID: String, version: String, snapshot: String) throws(StoreError) {
        try update(
            sessionID, sql: "UPDATE session SET instrumentVersion = ?, instrumentSnapshot = ? WHERE id = ?",
            [version, snapshot])
    }

    private func update(
        _ sessionID: String, sql: String, _ values: [(any DatabaseValueConvertible)?]
    ) throws(StoreError) {
        try write { db in
            try db.execute(sql: sql, arguments: StatementArguments(values + [sessionID]))
            if db.changesCount == 0 { throw Refusal(.unknownSession(sessionID)) }
        }
    }

    /// Records a person who declined consent, keeping only what the participants table
    /// needs: instrument, method, site, unit, group and the day (00:00 UTC).
    ///
    /// No interviewer, language, guide snapshot, times or respondent are kept, and the id is
    /// random, so the row cannot be linked to anyone.
    /// - Returns: the saved session, with status `consentDeclined`.
    public func recordConsentDeclined(
        instrumentID: String, method: SessionMethod, siteID: String, unitID: String?, respondentGroup: String,
        on date: Date
    ) throws(StoreError) -> SessionRecord {
        let secondsPerDay = 86_400.0
        let day = Date(
            timeIntervalSince1970: (date.timeIntervalSince1970 / secondsPerDay).rounded(.down) * secondsPerDay)
        let session = SessionRecord(
            id: String(UUID().uuidString.lowercased().filter(\.isHexDigit).prefix(8)), instrumentID: instrumentID,
            instrumentVersion: "",
            instrumentSnapshot: "", method: method, siteID: siteID, unitID: unitID, respondentGroup: respondentGroup,
            interviewerCode: nil, language: "", status: .consentDeclined, startedAt: day)
        try createSession(session)
        return session
    }

    /// The session with this id, or nil.
    public func session(id: String) throws(StoreError) -> SessionRecord? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM session WHERE id = ?", arguments: [id]).map(
                SessionRecord.init(row:))
        }
    }

    /// The sessions whose id starts with `prefix` (case-sensitive), by id; all of them for "".
    public func sessions(matchingPrefix prefix: String) throws(StoreError) -> [SessionRecord] {
        try read { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM session WHERE substr(id, 1, length(?1)) = ?1 ORDER BY id", arguments: [prefix]
            )
            .map(SessionRecord.init(row:))
        }
    }

    /// Calls `body` with every session, by start time then id, reading a few hundred at a
    /// time: memory stays flat however many sessions there are.
    ///
    /// `body` runs outside any database access, so it may use the store, writes included.
    /// Sessions added while the walk is under way are seen if they sort after the current one.
    /// - Throws: `StoreError`, or whatever `body` throws (the walk stops there).
    public func forEachSession(_ body: (SessionRecord) throws -> Void) throws {
        try forEachInPages(
            size: Self.sessionBatchSize, startingAfter: nil,
            page: { (after) throws(any Error) in try sessionBatch(after: after) },
            key: { (startedAt: $0.startedAt, id: $0.session.id) }, { try body($0.session) })
    }

    private func sessionBatch(
        after: (startedAt: DatabaseValue, id: String)?
    ) throws(StoreError) -> [(session: SessionRecord, startedAt: DatabaseValue)] {
        try read { db in
            let rows =
                if let after {
                    try Row.fetchCursor(
                        db,
                        sql: "SELECT * FROM session WHERE (startedAt, id) > (?, ?) ORDER BY startedAt, id LIMIT ?",
                        arguments: [after.startedAt, after.id, Self.sessionBatchSize])
                } else {
                    try Row.fetchCursor(
                        db, sql: "SELECT * FROM session ORDER BY startedAt, id LIMIT ?",
                        arguments: [Self.sessionBatchSize])
                }
            var batch: [(session: SessionRecord, startedAt: DatabaseValue)] = []
            while let row = try rows.next() {
                batch.append((try SessionRecord(row: row), row["startedAt"]))
            }
            return batch
        }
    }

    /// How many answers (and FGD contributions) the session has.
    public func answerCount(sessionID: String) throws(StoreError) -> Int {
        try read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM answer WHERE sessionID = ?", arguments: [sessionID]) ?? 0
        }
    }
}
