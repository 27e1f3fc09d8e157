internal import GRDB

extension ProjectStore {
    /// Saves the answer to a question, replacing any earlier answer to it by the same
    /// respondent (or, with a nil respondent, by the group), in one transaction.
    /// - Returns: the answer as stored, with its new id.
    /// - Throws: `StoreError` (`unknownSession`, `unknownRespondent`; `noConsent` or
    ///   `closedToData`: nothing is kept from a session without consent).
    public func setAnswer(_ answer: AnswerRecord) throws(StoreError) -> AnswerRecord {
        try write { db in
            try Self.requireAnswerable(db, answer)
            try db.execute(
                sql: "DELETE FROM answer WHERE sessionID = ? AND questionID = ? AND respondentCode IS ?",
                arguments: [answer.sessionID, answer.questionID, answer.respondentCode])
            return try insert(answer, db)
        }
    }

    /// Saves one more contribution to a question (FGDs: several people, several turns),
    /// keeping the earlier ones.
    /// - Returns: the contribution as stored, with its new id.
    /// - Throws: as `setAnswer(_:)`.
    public func addContribution(_ answer: AnswerRecord) throws(StoreError) -> AnswerRecord {
        try write { db in
            try Self.requireAnswerable(db, answer)
            return try insert(answer, db)
        }
    }

    /// Deletes an answer or contribution. An id that does not exist is not an error.
    public func deleteAnswer(id: Int64) throws(StoreError) {
        try write { db in try db.execute(sql: "DELETE FROM answer WHERE id = ?", arguments: [id]) }
    }

    /// The session's answers and contributions, in the order they were saved.
    public func answers(sessionID: String) throws(StoreError) -> [AnswerRecord] {
        try read { db in
            var answers: [AnswerRecord] = []
            let rows = try Row.fetchCursor(
                db, sql: "SELECT * FROM answer WHERE sessionID = ? ORDER BY id", arguments: [sessionID])
            while let row = try rows.next() { answers.append(try AnswerRecord(row: row, protected: protected)) }
            return answers
        }
    }

    private static func requireAnswerable(_ db: Database, _ answer: AnswerRecord) throws {
        try requireConsent(db, sessionID: answer.sessionID)
        if let code = answer.respondentCode { _ = try sessionOfRespondent(db, code: code) }
    }

    /// Inserts `answer` (ignoring its id) and reads it back, so the caller gets exactly what
    /// a later read returns (dates are kept to the millisecond).
    private func insert(_ answer: AnswerRecord, _ db: Database) throws -> AnswerRecord {
        try db.execute(
            sql: """
                INSERT INTO answer (sessionID, questionID, respondentCode, status, value, recordedAt)
                VALUES (?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                answer.sessionID, answer.questionID, answer.respondentCode, answer.status.rawValue,
                try protected.sealIfPresent(
                    answer.value,
                    .answer(
                        sessionID: answer.sessionID, questionID: answer.questionID,
                        respondentCode: answer.respondentCode)),
                answer.recordedAt,
            ])
        let row = try Row.fetchOne(db, sql: "SELECT * FROM answer WHERE id = ?", arguments: [db.lastInsertedRowID])
        guard let row else { throw Refusal(.unreadableRow(table: "answer")) }
        return try AnswerRecord(row: row, protected: protected)
    }
}
