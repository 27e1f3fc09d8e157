internal import GRDB

/// What each of several coders did with one answer: whether they reviewed it, and the codes
/// they applied to it.
public struct ReviewedAnswer: Sendable, Equatable {
    public var answerID: Int64
    /// Coder → the codes applied (empty: reviewed, no code applies). Coders who did not
    /// review the answer are absent.
    public var codesByCoder: [String: Set<String>]
}

extension ProjectStore {
    /// Calls `body` with every answer that at least one of `coders` reviewed, in answer order,
    /// reading a few hundred answers at a time.
    public func forEachReviewedAnswer(coders: [String], _ body: (ReviewedAnswer) throws -> Void) throws {
        guard !coders.isEmpty else { return }
        try forEachInPages(
            size: Self.answerBatchSize, startingAfter: 0,
            page: { (after) throws(any Error) in try reviewedBatch(coders: coders, after: after) }, key: \.answerID,
            body)
    }

    private func reviewedBatch(coders: [String], after: Int64) throws(StoreError) -> [ReviewedAnswer] {
        try read { db in
            let marks = Self.placeholders(coders.count)
            let reviews = try Row.fetchAll(
                db,
                sql: """
                    SELECT answerID, coder FROM reviewed
                    WHERE coder IN (\(marks)) AND answerID IN (
                        SELECT DISTINCT answerID FROM reviewed WHERE coder IN (\(marks)) AND answerID > ?
                        ORDER BY answerID LIMIT ?)
                    ORDER BY answerID
                    """,
                arguments: StatementArguments(
                    coders.map { $0 as any DatabaseValueConvertible } + coders + [after, Self.answerBatchSize]))
            var byAnswer: [Int64: [String: Set<String>]] = [:]
            var order: [Int64] = []
            for row in reviews {
                let id: Int64 = try row.value("answerID", in: "reviewed")
                let coder: String = try row.value("coder", in: "reviewed")
                if byAnswer[id] == nil { order.append(id) }
                byAnswer[id, default: [:]][coder] = []
            }
            guard let first = order.first, let last = order.last else { return [] }
            let segments = try Row.fetchAll(
                db,
                sql: """
                    SELECT answerID, coder, codeID FROM segment
                    WHERE coder IN (\(marks)) AND answerID BETWEEN ? AND ?
                    """,
                arguments: StatementArguments(coders.map { $0 as any DatabaseValueConvertible } + [first, last]))
            for row in segments {
                let id: Int64 = try row.value("answerID", in: "segment")
                let coder: String = try row.value("coder", in: "segment")
                guard byAnswer[id]?[coder] != nil else { continue }
                byAnswer[id]?[coder]?.insert(try row.value("codeID", in: "segment"))
            }
            return order.map { ReviewedAnswer(answerID: $0, codesByCoder: byAnswer[$0] ?? [:]) }
        }
    }
}
