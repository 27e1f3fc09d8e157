public import Foundation
internal import GRDB

extension ProjectStore {
    /// Adds imported segments in ONE transaction and records each answer as reviewed by each
    /// segment's coder: either every segment is stored or, when anything fails, none is.
    /// A segment the store already holds (same answer, code, coder and span) is kept once.
    /// - Returns: how many segments were new.
    @discardableResult
    public func importSegments(_ segments: [SegmentRecord], at date: Date) throws(StoreError) -> Int {
        try write { db in
            var added = 0
            for segment in segments {
                guard
                    try Int.fetchOne(db, sql: "SELECT 1 FROM answer WHERE id = ?", arguments: [segment.answerID])
                        != nil
                else { throw Refusal(.unknownAnswer(segment.answerID)) }
                try db.execute(
                    sql: """
                        INSERT OR IGNORE INTO segment (answerID, codeID, coder, start, "end", memo, createdAt)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        segment.answerID, segment.codeID, segment.coder, segment.range?.lowerBound,
                        segment.range?.upperBound,
                        try protected.sealIfPresent(
                            segment.memo, .segmentMemo(answerID: segment.answerID, coder: segment.coder)),
                        segment.createdAt,
                    ])
                added += db.changesCount
                try Self.markReviewed(db, coder: segment.coder, answerIDs: [segment.answerID], at: date)
            }
            return added
        }
    }
}
