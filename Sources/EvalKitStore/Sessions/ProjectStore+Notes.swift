internal import GRDB

extension ProjectStore {
    /// Saves an interviewer's note.
    /// - Returns: the note as stored, with its new id.
    /// - Throws: `StoreError` (`unknownSession`; `noConsent` or `closedToData`).
    public func addNote(_ note: NoteRecord) throws(StoreError) -> NoteRecord {
        try write { db in
            try Self.requireConsent(db, sessionID: note.sessionID)
            try db.execute(
                sql: "INSERT INTO note (sessionID, questionID, text, createdAt) VALUES (?, ?, ?, ?)",
                arguments: [
                    note.sessionID, note.questionID,
                    try protected.seal(note.text, .note(sessionID: note.sessionID, questionID: note.questionID)),
                    note.createdAt,
                ])
            let row = try Row.fetchOne(db, sql: "SELECT * FROM note WHERE id = ?", arguments: [db.lastInsertedRowID])
            guard let row else { throw Refusal(.unreadableRow(table: "note")) }
            return try NoteRecord(row: row, protected: protected)
        }
    }

    /// The session's notes, in the order they were saved.
    public func notes(sessionID: String) throws(StoreError) -> [NoteRecord] {
        try read { db in
            var notes: [NoteRecord] = []
            let rows = try Row.fetchCursor(
                db, sql: "SELECT * FROM note WHERE sessionID = ? ORDER BY id", arguments: [sessionID])
            while let row = try rows.next() { notes.append(try NoteRecord(row: row, protected: protected)) }
            return notes
        }
    }
}
