import Foundation
internal import GRDB

extension ProjectStore {
    /// Every session of the store with what was said in it, by start time; `interviewer`
    /// keeps only that interviewer's sessions.
    public func exportSessions(interviewer: String? = nil) throws -> [SessionExchange] {
        var exports: [SessionExchange] = []
        try forEachSession { session in
            if let interviewer, session.interviewerCode != interviewer { return }
            exports.append(try exchange(of: session))
        }
        return exports
    }

    private func exchange(of session: SessionRecord) throws(StoreError) -> SessionExchange {
        let respondents = try respondents(sessionID: session.id)
        var profiles: [String: [String: String]] = [:]
        for respondent in respondents {
            let values = try profileValues(respondentCode: respondent.code)
            if !values.isEmpty { profiles[respondent.code] = values }
        }
        return SessionExchange(
            session: session, respondents: respondents, profileValues: profiles,
            answers: try answers(sessionID: session.id), notes: try notes(sessionID: session.id),
            events: try events(sessionID: session.id))
    }

    /// Adds `sessions` (from other stores) in ONE transaction: either all of them are handled
    /// or, on any error, nothing changes.
    ///
    /// A session this store does not have is added. Its respondent codes are kept unless the
    /// code, or its number for the site and group, is already used here (two laptops both number
    /// from A-SURV-001): such a respondent is renumbered after the store's highest number, and
    /// the report lists it. A respondent numbered 0 is given the next number, unreported (a
    /// session made outside any store, such as an imported transcript). A session the store has, identical but for respondent codes and row
    /// ids, is left alone; one that differs is left alone too and reported as conflicting.
    /// - Parameter audit: appended to the audit log in the same transaction.
    public func importSessions(_ sessions: [SessionExchange], audit: AuditEvent?) throws(StoreError)
        -> SessionImportReport
    {
        var report = SessionImportReport()
        try write { db in
            for incoming in sessions {
                if try Row.fetchOne(
                    db.cachedStatement(sql: "SELECT 1 FROM session WHERE id = ?"), arguments: [incoming.session.id])
                    != nil
                {
                    let stored = try exchange(of: try Self.sessionRecord(db, id: incoming.session.id), db)
                    if stored.canonical == incoming.canonical {
                        report.unchanged.append(incoming.session.id)
                    } else {
                        report.conflicting.append(incoming.session.id)
                    }
                    continue
                }
                report.renumbered += try add(incoming, db)
                report.added.append(incoming.session.id)
            }
            if let audit { try Self.insert(audit, db) }
        }
        return report
    }

    private static func sessionRecord(_ db: Database, id: String) throws -> SessionRecord {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM session WHERE id = ?", arguments: [id]) else {
            throw Refusal(.unknownSession(id))
        }
        return try SessionRecord(row: row)
    }

    /// `exchange(of:)` inside a transaction.
    private func exchange(of session: SessionRecord, _ db: Database) throws -> SessionExchange {
        let respondents = try Row.fetchAll(
            db, sql: "SELECT * FROM respondent WHERE sessionID = ?", arguments: [session.id]
        ).map(RespondentRecord.init(row:))
        var profiles: [String: [String: String]] = [:]
        for respondent in respondents {
            for row in try Row.fetchAll(
                db, sql: "SELECT fieldID, value FROM profileValue WHERE respondentCode = ?",
                arguments: [respondent.code])
            {
                let fieldID: String = try row.value("fieldID", in: "profileValue")
                profiles[respondent.code, default: [:]][fieldID] = try protected.open(
                    row.value("value", in: "profileValue", as: Data.self),
                    .profileValue(respondentCode: respondent.code, fieldID: fieldID))
            }
        }
        return SessionExchange(
            session: session, respondents: respondents, profileValues: profiles,
            answers: try Row.fetchAll(
                db, sql: "SELECT * FROM answer WHERE sessionID = ? ORDER BY id", arguments: [session.id]
            )
            .map { try AnswerRecord(row: $0, protected: protected) },
            notes: try Row.fetchAll(
                db, sql: "SELECT * FROM note WHERE sessionID = ? ORDER BY id", arguments: [session.id]
            )
            .map { try NoteRecord(row: $0, protected: protected) },
            events: try Row.fetchAll(
                db, sql: "SELECT * FROM sessionEvent WHERE sessionID = ? ORDER BY id", arguments: [session.id]
            ).map(SessionEventRecord.init(row:)))
    }

    /// The session imported from content with this SHA-256 digest, if any.
    public func session(sourceDigest: String) throws(StoreError) -> SessionRecord? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM session WHERE sourceDigest = ?", arguments: [sourceDigest])
                .map(SessionRecord.init(row:))
        }
    }

    /// Inserts a session the store does not have, renumbering clashing respondents.
    private func add(_ incoming: SessionExchange, _ db: Database) throws -> [SessionImportReport.Renumbering] {
        let session = incoming.session
        try Self.insertSession(session, db)
        var codes: [String: String] = [:]
        var renumbered: [SessionImportReport.Renumbering] = []
        for respondent in incoming.respondents.sorted(by: { $0.number < $1.number }) {
            var placed = respondent
            placed.sessionID = session.id
            // Number 0 asks for the next number (imported transcripts); a taken one is renumbered.
            if try respondent.number == 0 || Self.respondentNumberTaken(db, respondent) {
                placed.number = try Self.nextRespondentNumber(
                    db, siteID: respondent.siteID, respondentGroup: respondent.respondentGroup)
                placed.code = Self.renumbered(respondent.code, to: placed.number)
                if respondent.number != 0 {
                    renumbered.append(.init(sessionID: session.id, from: respondent.code, to: placed.code))
                }
            } else {
                try Self.raiseCounter(db, to: respondent)
            }
            codes[respondent.code] = placed.code
            try db.executeCached(
                """
                INSERT INTO respondent (code, sessionID, siteID, respondentGroup, number, seat)
                VALUES (?, ?, ?, ?, ?, ?)
                """,
                [
                    placed.code, placed.sessionID, placed.siteID, placed.respondentGroup, placed.number, placed.seat,
                ])
            for (fieldID, value) in incoming.profileValues[respondent.code] ?? [:] {
                try db.executeCached(
                    "INSERT INTO profileValue (respondentCode, fieldID, value) VALUES (?, ?, ?)",
                    [
                        placed.code, fieldID,
                        try protected.seal(value, .profileValue(respondentCode: placed.code, fieldID: fieldID)),
                    ])
            }
        }
        var dates = StoredDate.Memo()
        for answer in incoming.answers {
            let code = try answer.respondentCode.map { code in
                guard let placed = codes[code] else { throw Refusal(.unknownRespondent(code)) }
                return placed
            }
            try db.executeCached(
                """
                INSERT INTO answer (sessionID, questionID, respondentCode, status, value, recordedAt)
                VALUES (?, ?, ?, ?, ?, ?)
                """,
                [
                    session.id, answer.questionID, code, answer.status.rawValue,
                    try protected.sealIfPresent(
                        answer.value,
                        .answer(sessionID: session.id, questionID: answer.questionID, respondentCode: code)),
                    dates.text(answer.recordedAt),
                ])
        }
        for note in incoming.notes {
            try db.executeCached(
                "INSERT INTO note (sessionID, questionID, text, createdAt) VALUES (?, ?, ?, ?)",
                [
                    session.id, note.questionID,
                    try protected.seal(note.text, .note(sessionID: session.id, questionID: note.questionID)),
                    StoredDate.text(note.createdAt),
                ])
        }
        for event in incoming.events {
            try db.executeCached(
                "INSERT INTO sessionEvent (sessionID, kind, questionID, at) VALUES (?, ?, ?, ?)",
                [session.id, event.kind.rawValue, event.questionID, StoredDate.text(event.at)])
        }
        return renumbered
    }

    /// Whether the respondent's code is used here, or its number was ever given for its site
    /// and group (a withdrawn respondent's number stays used).
    private static func respondentNumberTaken(_ db: Database, _ respondent: RespondentRecord) throws -> Bool {
        if try Row.fetchOne(
            db.cachedStatement(sql: "SELECT 1 FROM respondent WHERE code = ?"), arguments: [respondent.code])
            != nil
        {
            return true
        }
        let last =
            try Int.fetchOne(
                db.cachedStatement(
                    sql: "SELECT lastNumber FROM respondentCounter WHERE siteID = ? AND respondentGroup = ?"),
                arguments: [respondent.siteID, respondent.respondentGroup]) ?? 0
        let inUse =
            try Int.fetchOne(
                db.cachedStatement(sql: "SELECT MAX(number) FROM respondent WHERE siteID = ? AND respondentGroup = ?"),
                arguments: [respondent.siteID, respondent.respondentGroup]) ?? 0
        return respondent.number <= max(last, inUse)
    }

    private static func raiseCounter(_ db: Database, to respondent: RespondentRecord) throws {
        try db.executeCached(
            """
            INSERT INTO respondentCounter (siteID, respondentGroup, lastNumber) VALUES (?1, ?2, ?3)
            ON CONFLICT (siteID, respondentGroup) DO UPDATE SET lastNumber = MAX(lastNumber, ?3)
            """, [respondent.siteID, respondent.respondentGroup, respondent.number])
    }

    /// `A-SURV-001` with number 4: `A-SURV-004` (the prefix up to the last hyphen is kept).
    static func renumbered(_ code: String, to number: Int) -> String {
        let prefix = code.lastIndex(of: "-").map { String(code[..<$0]) } ?? code
        let digits = String(number)
        return "\(prefix)-" + String(repeating: "0", count: max(0, 3 - digits.count)) + digits
    }
}
