public import Foundation
internal import GRDB

/// What a withdrawal removed, counted (never shown).
public struct WithdrawalSummary: Sendable, Equatable {
    public var respondentCode: String
    public var sessionID: String
    public var answers: Int
    public var profileValues: Int
    public var segments: Int
    public var notes: Int
    /// True for an interview: the whole session is withdrawn. False for an FGD participant,
    /// whose attributed lines go while the group's session stays.
    public var sessionWithdrawn: Bool
}

extension ProjectStore {
    /// Removes everything respondent `code` said or was recorded as, in one transaction, and
    /// then rewrites the database file so that nothing of it stays in free pages or the WAL.
    ///
    /// An interview respondent: every answer, segment, memo, note, event and profile value of
    /// the session goes; the session stays as `withdrawn` with only instrument, method, site,
    /// unit, group and day (as a declined consent). An FGD participant: their profile values
    /// and attributed lines (with their segments and memos) go; the group's session stays.
    /// Either way the respondent row goes and the audit log records that a withdrawal
    /// happened, by whom and when. The respondent's number is never given again.
    /// - Throws: `StoreError` (`unknownRespondent`).
    @discardableResult
    public func withdrawRespondent(code: String, actor: String, at date: Date) throws(StoreError)
        -> WithdrawalSummary
    {
        let summary = try write { db in
            let sessionID = try Self.sessionOfRespondent(db, code: code)
            let method = try Row.fetchOne(db, sql: "SELECT method FROM session WHERE id = ?", arguments: [sessionID])?
                .enumValue("method", in: "session", as: SessionMethod.self)
            let wholeSession = method != .fgd
            let answers = wholeSession ? "sessionID = ?" : "respondentCode = ?"
            let key = wholeSession ? sessionID : code
            func count(_ sql: String, _ value: String) throws -> Int {
                try Int.fetchOne(db, sql: sql, arguments: [value]) ?? 0
            }
            var summary = WithdrawalSummary(
                respondentCode: code, sessionID: sessionID,
                answers: try count("SELECT COUNT(*) FROM answer WHERE \(answers)", key),
                profileValues: try count(
                    wholeSession
                        ? "SELECT COUNT(*) FROM profileValue JOIN respondent ON code = respondentCode WHERE sessionID = ?"
                        : "SELECT COUNT(*) FROM profileValue WHERE respondentCode = ?", key),
                segments: try count(
                    "SELECT COUNT(*) FROM segment WHERE answerID IN (SELECT id FROM answer WHERE \(answers))", key),
                notes: 0, sessionWithdrawn: wholeSession)
            if wholeSession {
                summary.notes = try count("SELECT COUNT(*) FROM note WHERE sessionID = ?", sessionID)
                try Self.withdrawSession(db, id: sessionID)
            } else {
                try db.execute(sql: "DELETE FROM answer WHERE respondentCode = ?", arguments: [code])
                try db.execute(sql: "DELETE FROM respondent WHERE code = ?", arguments: [code])
            }
            try Self.insert(AuditEvent(at: date, actor: actor, action: "respondent.withdraw", target: code), db)
            return summary
        }
        try scrub()
        return summary
    }

    /// Empties the session and keeps what a declined consent keeps.
    private static func withdrawSession(_ db: Database, id: String) throws {
        for table in ["answer", "note", "sessionEvent", "respondent"] {
            try db.execute(sql: "DELETE FROM \(table) WHERE sessionID = ?", arguments: [id])
        }
        try db.execute(
            sql: """
                UPDATE session SET status = ?, instrumentVersion = '', instrumentSnapshot = '',
                    interviewerCode = NULL, language = '', interpreterUsed = NULL,
                    startedAt = datetime(date(startedAt)), endedAt = NULL, consentAt = NULL, guardianConsentAt = NULL
                WHERE id = ?
                """,
            arguments: [SessionStatus.withdrawn.rawValue, id])
    }

    /// Rebuilds the database file without its free pages and empties the WAL, so that deleted
    /// rows cannot be read back from either (`secure_delete` also zeroes pages as they are freed).
    public func scrub() throws(StoreError) {
        do {
            try Self.scrub(pool)
        } catch {
            throw StoreError(path: path, caught: error)
        }
    }

    static func scrub(_ pool: DatabasePool) throws {
        try pool.writeWithoutTransaction { db in
            try db.execute(sql: "VACUUM")
            try db.checkpoint(.truncate)
        }
    }
}
