internal import GRDB

extension ProjectStore {
    /// Calls `body` with every answered answer that has segments (by `coder`, or by any coder
    /// when nil), with its session's facts and its segments' code ids, in answer id order.
    ///
    /// Reads a few hundred answers at a time, so memory stays flat for millions of segments;
    /// no answer text is read. `body` runs outside any database access. An answer without
    /// segments is skipped, which is not an error.
    public func forEachCodedAnswer(coder: String? = nil, _ body: (CodedAnswer) throws -> Void) throws {
        try forEachInPages(
            size: Self.answerBatchSize, startingAfter: 0,
            page: { (after) throws(any Error) in try codedAnswerBatch(after: after, coder: coder) }, key: \.answerID,
            body)
    }

    private func codedAnswerBatch(after: Int64, coder: String?) throws(StoreError) -> [CodedAnswer] {
        try read { db in
            let byCoder = coder == nil ? "" : " AND segment.coder = :coder"
            var arguments: StatementArguments = ["after": after, "limit": Self.answerBatchSize]
            if let coder { arguments += ["coder": coder] }
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT answer.id, answer.sessionID, answer.respondentCode,
                           session.instrumentID, session.siteID, session.unitID, session.respondentGroup,
                           session.method
                    FROM answer JOIN session ON session.id = answer.sessionID
                    WHERE answer.id > :after AND answer.status = 'answered'
                      AND EXISTS (SELECT 1 FROM segment WHERE segment.answerID = answer.id\(byCoder))
                    ORDER BY answer.id LIMIT :limit
                    """,
                arguments: arguments)
            var batch: [CodedAnswer] = []
            var index: [Int64: Int] = [:]
            while let row = try rows.next() {
                let id: Int64 = try row.value("id", in: "answer")
                index[id] = batch.count
                batch.append(
                    CodedAnswer(
                        answerID: id, sessionID: try row.value("sessionID", in: "answer"),
                        instrumentID: try row.value("instrumentID", in: "session"),
                        siteID: try row.value("siteID", in: "session"), unitID: try row.value("unitID", in: "session"),
                        respondentGroup: try row.value("respondentGroup", in: "session"),
                        method: try row.enumValue("method", in: "session"),
                        respondentCode: try row.value("respondentCode", in: "answer"), codeIDs: []))
            }
            guard let first = batch.first?.answerID, let last = batch.last?.answerID else { return batch }
            arguments = ["first": first, "last": last]
            if let coder { arguments += ["coder": coder] }
            let segments = try Row.fetchCursor(
                db,
                sql: """
                    SELECT segment.answerID, segment.codeID FROM segment
                    WHERE segment.answerID BETWEEN :first AND :last\(byCoder)
                    ORDER BY segment.answerID, segment.id
                    """,
                arguments: arguments)
            while let row = try segments.next() {
                let answerID: Int64 = try row.value("answerID", in: "segment")
                guard let position = index[answerID] else { continue }
                batch[position].codeIDs.append(try row.value("codeID", in: "segment"))
            }
            return batch
        }
    }
}
