internal import GRDB

extension ProjectStore {
    /// Records something that happened in a session (a pause, a stop, …); events carry no
    /// content, so they are kept whatever the session's consent.
    /// - Throws: `StoreError` (`unknownSession`).
    public func addEvent(_ event: SessionEventRecord) throws(StoreError) {
        try write { db in
            try Self.requireSession(db, id: event.sessionID)
            try db.execute(
                sql: "INSERT INTO sessionEvent (sessionID, kind, questionID, at) VALUES (?, ?, ?, ?)",
                arguments: [event.sessionID, event.kind.rawValue, event.questionID, event.at])
        }
    }

    /// The session's events, in the order they were recorded.
    public func events(sessionID: String) throws(StoreError) -> [SessionEventRecord] {
        try read { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM sessionEvent WHERE sessionID = ? ORDER BY id", arguments: [sessionID]
            )
            .map(SessionEventRecord.init(row:))
        }
    }
}
