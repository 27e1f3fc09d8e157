public import Foundation
internal import GRDB

extension ProjectStore {
    /// How many answers are walked per read in `forEachAnswer`.
    static let answerBatchSize = 512

    /// Replaces the codebook held in the store (the `code` table) with `codes`.
    public func replaceCodebook(_ codes: [StoredCode]) throws(StoreError) {
        try write { db in
            try db.execute(sql: "DELETE FROM code")
            for code in codes {
                try db.execute(
                    sql: """
                        INSERT INTO code (id, parentID, position, label, colour, valence, weight, criteria,
                                          evaluationQuestions)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        code.id, code.parentID, code.position, code.label, code.colour, code.valence, code.weight,
                        code.criteria.joined(separator: " "), code.evaluationQuestions.joined(separator: " "),
                    ])
            }
        }
    }

    /// The codebook held in the store, in codebook order.
    public func storedCodes() throws(StoreError) -> [StoredCode] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM code ORDER BY position").map(StoredCode.init(row:))
        }
    }

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
        var after: Int64 = 0
        while true {
            let batch = try answerBatch(after: after)
            for item in batch { try body(item) }
            guard let last = batch.last?.answer.id, batch.count == Self.answerBatchSize else { return }
            after = last
        }
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

    /// Adds a segment; the same code on the same span by the same coder is kept once.
    /// The answer counts as reviewed by the coder.
    /// - Returns: the segment as stored (the existing one for a repeat).
    public func addSegment(_ segment: SegmentRecord) throws(StoreError) -> SegmentRecord {
        try write { db in
            let saved = try insertSegment(segment, db)
            try Self.markReviewed(db, coder: segment.coder, answerIDs: [segment.answerID], at: segment.createdAt)
            return saved
        }
    }

    /// Records that `coder` has been through these answers, whether or not any code applied.
    public func markReviewed(coder: String, answerIDs: [Int64], at date: Date) throws(StoreError) {
        try write { db in try Self.markReviewed(db, coder: coder, answerIDs: answerIDs, at: date) }
    }

    static func markReviewed(_ db: Database, coder: String, answerIDs: [Int64], at date: Date) throws {
        for answerID in answerIDs {
            try db.execute(
                sql: "INSERT OR IGNORE INTO reviewed (coder, answerID, reviewedAt) VALUES (?, ?, ?)",
                arguments: [coder, answerID, date])
        }
    }

    /// Replaces everything `coder` coded on `answerIDs` with `segments`, in one transaction, and
    /// records the answers as reviewed by `coder`: re-running an automatic coder gives the same
    /// result, and other coders are untouched.
    public func replaceSegments(
        coder: String, answerIDs: [Int64], with segments: [SegmentRecord], at date: Date = Date()
    ) throws(StoreError) {
        try write { db in
            try Self.markReviewed(db, coder: coder, answerIDs: answerIDs, at: date)
            for answerID in answerIDs {
                try db.execute(
                    sql: "DELETE FROM segment WHERE coder = ? AND answerID = ?", arguments: [coder, answerID])
            }
            for segment in segments { _ = try insertSegment(segment, db) }
        }
    }

    /// Deletes one segment. An id that does not exist is not an error.
    public func deleteSegment(id: Int64) throws(StoreError) {
        try write { db in try db.execute(sql: "DELETE FROM segment WHERE id = ?", arguments: [id]) }
    }

    /// The segments on one answer, by every coder, in the order they were made.
    public func segments(answerID: Int64) throws(StoreError) -> [SegmentRecord] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM segment WHERE answerID = ? ORDER BY id", arguments: [answerID])
                .map { try SegmentRecord(row: $0, protected: protected) }
        }
    }

    /// The number of segments `coder` made (all coders when nil).
    public func segmentCount(coder: String? = nil) throws(StoreError) -> Int {
        try read { db in
            if let coder {
                return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM segment WHERE coder = ?", arguments: [coder])
                    ?? 0
            }
            return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM segment") ?? 0
        }
    }

    private func insertSegment(_ segment: SegmentRecord, _ db: Database) throws -> SegmentRecord {
        guard try Int.fetchOne(db, sql: "SELECT 1 FROM answer WHERE id = ?", arguments: [segment.answerID]) != nil
        else { throw Refusal(.unknownAnswer(segment.answerID)) }
        try db.execute(
            sql: """
                INSERT OR IGNORE INTO segment (answerID, codeID, coder, start, "end", memo, createdAt)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                segment.answerID, segment.codeID, segment.coder, segment.range?.lowerBound, segment.range?.upperBound,
                try protected.sealIfPresent(
                    segment.memo, .segmentMemo(answerID: segment.answerID, coder: segment.coder)),
                segment.createdAt,
            ])
        let row = try Row.fetchOne(
            db,
            sql: """
                SELECT * FROM segment WHERE answerID = ? AND codeID = ? AND coder = ?
                AND IFNULL(start, -1) = ? AND IFNULL("end", -1) = ?
                """,
            arguments: [
                segment.answerID, segment.codeID, segment.coder, segment.range?.lowerBound ?? -1,
                segment.range?.upperBound ?? -1,
            ])
        guard let row else { throw Refusal(.unreadableRow(table: "segment")) }
        return try SegmentRecord(row: row, protected: protected)
    }
}

extension StoredCode {
    init(row: Row) throws {
        let table = "code"
        let criteria: String = try row.value("criteria", in: table)
        let questions: String = try row.value("evaluationQuestions", in: table)
        self.init(
            id: try row.value("id", in: table), parentID: try row.value("parentID", in: table),
            position: try row.value("position", in: table), label: try row.value("label", in: table),
            colour: try row.value("colour", in: table), valence: try row.value("valence", in: table),
            weight: try row.value("weight", in: table), criteria: criteria.split(separator: " ").map(String.init),
            evaluationQuestions: questions.split(separator: " ").map(String.init))
    }
}

extension SegmentRecord {
    init(row: Row, protected: ProtectedText) throws {
        let table = "segment"
        let start: Int? = try row.value("start", in: table)
        let end: Int? = try row.value("end", in: table)
        var range: Range<Int>?
        if let start, let end {
            guard start <= end else { throw Refusal(.unreadableRow(table: table)) }
            range = start..<end
        }
        let answerID: Int64 = try row.value("answerID", in: table)
        let coder: String = try row.value("coder", in: table)
        self.init(
            id: try row.value("id", in: table), answerID: answerID,
            codeID: try row.value("codeID", in: table), coder: coder, range: range,
            memo: try protected.openIfPresent(
                row.value("memo", in: table, as: Data?.self), .segmentMemo(answerID: answerID, coder: coder)),
            createdAt: try row.value("createdAt", in: table))
    }
}
