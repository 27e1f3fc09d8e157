import Foundation
internal import GRDB

/// Which answers a coding walk covers.
public struct AnswerFilter: Sendable, Equatable {
    public var instrumentID: String?
    public var questionID: String?
    public var siteID: String?

    public init(instrumentID: String? = nil, questionID: String? = nil, siteID: String? = nil) {
        self.instrumentID = instrumentID
        self.questionID = questionID
        self.siteID = siteID
    }

    /// The SQL condition and its arguments, on `answer` joined with `session`.
    var condition: (sql: String, arguments: [(any DatabaseValueConvertible)?]) {
        var parts = ["answer.status = 'answered'"]
        var arguments: [(any DatabaseValueConvertible)?] = []
        if let instrumentID {
            parts.append("session.instrumentID = ?")
            arguments.append(instrumentID)
        }
        if let questionID {
            parts.append("answer.questionID = ?")
            arguments.append(questionID)
        }
        if let siteID {
            parts.append("session.siteID = ?")
            arguments.append(siteID)
        }
        return (parts.joined(separator: " AND "), arguments)
    }
}

extension ProjectStore {
    static let answerInContextColumns = """
        answer.*, session.instrumentID AS s_instrumentID, session.siteID AS s_siteID,
        session.unitID AS s_unitID, session.respondentGroup AS s_respondentGroup, session.method AS s_method
        """

    /// The first answer after `after` (by id) that matches `filter` and `coder` has not reviewed.
    public func nextAnswerToReview(coder: String, after: Int64, filter: AnswerFilter) throws(StoreError)
        -> AnswerInContext?
    {
        let condition = filter.condition
        return try read { db in
            try Row.fetchOne(
                db,
                sql: """
                    SELECT \(Self.answerInContextColumns)
                    FROM answer JOIN session ON session.id = answer.sessionID
                    WHERE \(condition.sql) AND answer.id > ?
                      AND NOT EXISTS (SELECT 1 FROM reviewed WHERE reviewed.coder = ? AND reviewed.answerID = answer.id)
                    ORDER BY answer.id LIMIT 1
                    """,
                arguments: StatementArguments(condition.arguments + [after, coder])
            ).map { try AnswerInContext(row: $0, protected: protected) }
        }
    }

    /// How many answers matching `filter` `coder` has not reviewed.
    public func unreviewedCount(coder: String, filter: AnswerFilter) throws(StoreError) -> Int {
        let condition = filter.condition
        return try read { db in
            try Int.fetchOne(
                db,
                sql: """
                    SELECT COUNT(*) FROM answer JOIN session ON session.id = answer.sessionID
                    WHERE \(condition.sql)
                      AND NOT EXISTS (SELECT 1 FROM reviewed WHERE reviewed.coder = ? AND reviewed.answerID = answer.id)
                    """,
                arguments: StatementArguments(condition.arguments + [coder])) ?? 0
        }
    }

    /// One answer with its session's facts.
    public func answerInContext(id: Int64) throws(StoreError) -> AnswerInContext? {
        try read { db in
            try Row.fetchOne(
                db,
                sql: """
                    SELECT \(Self.answerInContextColumns)
                    FROM answer JOIN session ON session.id = answer.sessionID WHERE answer.id = ?
                    """,
                arguments: [id]
            ).map { try AnswerInContext(row: $0, protected: protected) }
        }
    }

    /// Sets (or, with nil, removes) a segment's memo.
    public func setMemo(segmentID: Int64, memo: String?) throws(StoreError) {
        try write { db in
            guard
                let row = try Row.fetchOne(
                    db, sql: "SELECT answerID, coder FROM segment WHERE id = ?", arguments: [segmentID])
            else { return }
            let context = ProtectedText.Context.segmentMemo(
                answerID: try row.value("answerID", in: "segment"), coder: try row.value("coder", in: "segment"))
            try db.execute(
                sql: "UPDATE segment SET memo = ? WHERE id = ?",
                arguments: [try protected.sealIfPresent(memo, context), segmentID])
        }
    }
}

extension AnswerInContext {
    init(row: Row, protected: ProtectedText) throws {
        self.init(
            answer: try AnswerRecord(row: row, protected: protected),
            instrumentID: try row.value("s_instrumentID", in: "session"),
            siteID: try row.value("s_siteID", in: "session"),
            unitID: try row.value("s_unitID", in: "session"),
            respondentGroup: try row.value("s_respondentGroup", in: "session"),
            method: try row.enumValue("s_method", in: "session"))
    }
}
