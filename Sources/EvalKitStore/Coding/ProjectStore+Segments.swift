public import Foundation
internal import GRDB

extension ProjectStore {
    /// Adds a segment; the same code on the same span by the same coder is kept once.
    /// The answer counts as reviewed by the coder.
    /// - Returns: the segment as stored (the existing one for a repeat).
    public func addSegment(_ segment: SegmentRecord) throws(StoreError) -> SegmentRecord {
        try write { db in
            var dates = StoredDate.Memo()
            try insertSegment(segment, db, dates: &dates)
            try Self.markReviewed(db, coder: segment.coder, answerIDs: [segment.answerID], at: segment.createdAt)
            return try storedSegment(like: segment, db)
        }
    }

    /// Adds imported segments in ONE transaction and records each answer as reviewed by each
    /// segment's coder: either every segment is stored or, when anything fails, none is.
    /// A segment the store already holds (same answer, code, coder and span) is kept once.
    /// - Returns: how many segments were new.
    @discardableResult
    public func importSegments(_ segments: [SegmentRecord], at date: Date) throws(StoreError) -> Int {
        try write { db in
            var added = 0
            var dates = StoredDate.Memo()
            // Each answer is marked once per coder, after the segments: most carry several.
            var reviewed: [String: Set<Int64>] = [:]
            for segment in segments {
                if try insertSegment(segment, db, dates: &dates) { added += 1 }
                reviewed[segment.coder, default: []].insert(segment.answerID)
            }
            for (coder, answerIDs) in reviewed.sorted(by: { $0.key < $1.key }) {
                try Self.markReviewed(db, coder: coder, answerIDs: answerIDs.sorted(), at: date)
            }
            return added
        }
    }

    /// Records that `coder` has been through these answers, whether or not any code applied.
    public func markReviewed(coder: String, answerIDs: [Int64], at date: Date) throws(StoreError) {
        try write { db in try Self.markReviewed(db, coder: coder, answerIDs: answerIDs, at: date) }
    }

    static func markReviewed(_ db: Database, coder: String, answerIDs: [Int64], at date: Date) throws {
        let reviewedAt = StoredDate.text(date)
        for answerID in answerIDs {
            try db.executeCached(
                "INSERT OR IGNORE INTO reviewed (coder, answerID, reviewedAt) VALUES (?, ?, ?)",
                [coder, answerID, reviewedAt])
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
                try db.executeCached(
                    "DELETE FROM segment WHERE coder = ? AND answerID = ?", [coder, answerID])
            }
            var dates = StoredDate.Memo()
            for segment in segments { try insertSegment(segment, db, dates: &dates) }
        }
    }

    /// Deletes one segment. An id that does not exist is not an error.
    public func deleteSegment(id: Int64) throws(StoreError) {
        try write { db in
            try db.executeCached(
                "DELETE FROM segment WHERE id = ?", [id])
        }
    }

    /// The segments on one answer, by every coder, in the order they were made.
    public func segments(answerID: Int64) throws(StoreError) -> [SegmentRecord] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM segment WHERE answerID = ? ORDER BY id", arguments: [answerID])
                .map { try SegmentRecord(row: $0, protected: protected) }
        }
    }

    /// The segments on every answer of one session, by answer id, each answer's in the order they
    /// were made: one query for a whole session (exports read a session at a time).
    public func segments(sessionID: String) throws(StoreError) -> [Int64: [SegmentRecord]] {
        try read { db in
            var byAnswer: [Int64: [SegmentRecord]] = [:]
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT segment.* FROM segment JOIN answer ON answer.id = segment.answerID
                    WHERE answer.sessionID = ? ORDER BY segment.id
                    """, arguments: [sessionID])
            while let row = try rows.next() {
                let segment = try SegmentRecord(row: row, protected: protected)
                byAnswer[segment.answerID, default: []].append(segment)
            }
            return byAnswer
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

    /// The one way a segment enters the database: its answer must exist (the foreign key says
    /// so, without a look-up of its own), its memo is sealed, and a repeat (same answer, code,
    /// coder and span) is ignored.
    /// - Returns: whether the segment was new.
    @discardableResult
    private func insertSegment(_ segment: SegmentRecord, _ db: Database, dates: inout StoredDate.Memo) throws -> Bool {
        do {
            try db.executeCached(
                """
                INSERT OR IGNORE INTO segment (answerID, codeID, coder, start, "end", memo, createdAt)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
                [
                    segment.answerID, segment.codeID, segment.coder, segment.range?.lowerBound,
                    segment.range?.upperBound,
                    try protected.sealIfPresent(
                        segment.memo, .segmentMemo(answerID: segment.answerID, coder: segment.coder)),
                    dates.text(segment.createdAt),
                ])
        } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_FOREIGNKEY {
            throw Refusal(.unknownAnswer(segment.answerID))
        }
        return db.changesCount > 0
    }

    /// The stored segment with the same answer, code, coder and span as `segment`.
    private func storedSegment(like segment: SegmentRecord, _ db: Database) throws -> SegmentRecord {
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
