internal import GRDB

extension ProjectStore {
    /// How many answers are walked per read in `forEachAnswer` and the other answer streams.
    static let answerBatchSize = 512

    /// The number of answered answers (and FGD contributions) in the project.
    public func answeredCount() throws(StoreError) -> Int {
        try read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM answer WHERE status = 'answered'") ?? 0
        }
    }

    /// Calls `body` with every answered answer and its session's facts, in id order, reading a
    /// few hundred at a time so memory stays flat for millions of answers. `body` runs outside
    /// any database access and may write to the store.
    public func forEachAnswer(_ body: (AnswerInContext) throws -> Void) throws {
        try forEachInPages(
            size: Self.answerBatchSize, startingAfter: 0,
            page: { (after) throws(any Error) in try answerBatch(after: after) },
            key: { $0.answer.id ?? .max }, body)
    }

    private func answerBatch(after: Int64) throws(StoreError) -> [AnswerInContext] {
        try read { db in
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT \(Self.answerInContextColumns)
                    FROM answer JOIN session ON session.id = answer.sessionID
                    WHERE answer.id > ? AND answer.status = 'answered'
                    ORDER BY answer.id LIMIT ?
                    """,
                arguments: [after, Self.answerBatchSize])
            var batch: [AnswerInContext] = []
            while let row = try rows.next() { batch.append(try AnswerInContext(row: row, protected: protected)) }
            return batch
        }
    }
}
