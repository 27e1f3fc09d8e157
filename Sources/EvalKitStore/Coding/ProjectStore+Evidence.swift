import Foundation
internal import GRDB

/// An answered answer with its segments and the facts scoring needs: where and from whom it
/// came, and the respondent's profile values for the breakdowns. It holds no answer text.
public struct EvidenceAnswer: Sendable, Equatable {
    public struct Segment: Sendable, Equatable {
        public var id: Int64
        public var codeID: String
        public var coder: String
        /// Code points; nil for the whole answer.
        public var range: Range<Int>?

        public init(id: Int64, codeID: String, coder: String, range: Range<Int>?) {
            self.id = id
            self.codeID = codeID
            self.coder = coder
            self.range = range
        }
    }

    public var answerID: Int64
    public var sessionID: String
    public var siteID: String
    public var unitID: String?
    public var respondentGroup: String
    public var method: SessionMethod
    /// The respondent or FGD participant; nil for an FGD group answer.
    public var respondentCode: String?
    /// In the order they were made.
    public var segments: [Segment]
    /// The respondent's values of the requested profile fields; empty for a group answer.
    public var profile: [String: String]

    public init(
        answerID: Int64, sessionID: String, siteID: String, unitID: String?, respondentGroup: String,
        method: SessionMethod, respondentCode: String?, segments: [Segment], profile: [String: String] = [:]
    ) {
        self.answerID = answerID
        self.sessionID = sessionID
        self.siteID = siteID
        self.unitID = unitID
        self.respondentGroup = respondentGroup
        self.method = method
        self.respondentCode = respondentCode
        self.segments = segments
        self.profile = profile
    }
}

extension ProjectStore {
    /// Calls `body` with every answered answer that has segments by one of `coders` (any coder
    /// when empty), with those segments and the respondent's values of `profileFields`, in
    /// answer id order. Reads a few hundred answers at a time; `body` runs outside any
    /// database access.
    public func forEachEvidenceAnswer(
        coders: [String], profileFields: [String], _ body: (EvidenceAnswer) throws -> Void
    ) throws {
        try forEachInPages(
            size: Self.answerBatchSize, startingAfter: 0,
            page: { (after) throws(any Error) in
                try evidenceBatch(after: after, coders: coders, profileFields: profileFields)
            }, key: \.answerID, body)
    }

    private func evidenceBatch(
        after: Int64, coders: [String], profileFields: [String]
    ) throws(StoreError) -> [EvidenceAnswer] {
        try read { db in
            let coderList = coders.isEmpty ? "" : " AND segment.coder IN (\(Self.placeholders(coders.count)))"
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT answer.id, answer.sessionID, answer.respondentCode, session.siteID, session.unitID,
                           session.respondentGroup, session.method
                    FROM answer JOIN session ON session.id = answer.sessionID
                    WHERE answer.id > ? AND answer.status = 'answered'
                      AND EXISTS (SELECT 1 FROM segment WHERE segment.answerID = answer.id\(coderList))
                    ORDER BY answer.id LIMIT ?
                    """,
                arguments: StatementArguments([after] + coders + [Self.answerBatchSize]))
            var batch: [EvidenceAnswer] = []
            var index: [Int64: Int] = [:]
            while let row = try rows.next() {
                let id: Int64 = try row.value("id", in: "answer")
                index[id] = batch.count
                batch.append(
                    EvidenceAnswer(
                        answerID: id, sessionID: try row.value("sessionID", in: "answer"),
                        siteID: try row.value("siteID", in: "session"), unitID: try row.value("unitID", in: "session"),
                        respondentGroup: try row.value("respondentGroup", in: "session"),
                        method: try row.enumValue("method", in: "session"),
                        respondentCode: try row.value("respondentCode", in: "answer"), segments: []))
            }
            guard let first = batch.first?.answerID, let last = batch.last?.answerID else { return batch }
            let segments = try Row.fetchCursor(
                db,
                sql: """
                    SELECT segment.id, segment.answerID, segment.codeID, segment.coder, segment.start, segment."end"
                    FROM segment WHERE segment.answerID BETWEEN ? AND ?\(coderList)
                    ORDER BY segment.answerID, segment.id
                    """,
                arguments: StatementArguments([first, last] + coders))
            while let row = try segments.next() {
                guard let position = index[try row.value("answerID", in: "segment")] else { continue }
                let start: Int? = try row.value("start", in: "segment")
                let end: Int? = try row.value("end", in: "segment")
                batch[position].segments.append(
                    EvidenceAnswer.Segment(
                        id: try row.value("id", in: "segment"), codeID: try row.value("codeID", in: "segment"),
                        coder: try row.value("coder", in: "segment"),
                        range: start.flatMap { start in end.map { start..<max(start, $0) } }))
            }
            try attachProfiles(db, to: &batch, fields: profileFields)
            return batch
        }
    }

    private func attachProfiles(_ db: Database, to batch: inout [EvidenceAnswer], fields: [String]) throws {
        let codes = Array(Set(batch.compactMap(\.respondentCode)))
        guard !fields.isEmpty, !codes.isEmpty else { return }
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT respondentCode, fieldID, value FROM profileValue
                WHERE respondentCode IN (\(Self.placeholders(codes.count)))
                  AND fieldID IN (\(Self.placeholders(fields.count)))
                """,
            arguments: StatementArguments(codes + fields))
        var profiles: [String: [String: String]] = [:]
        while let row = try rows.next() {
            let code: String = try row.value("respondentCode", in: "profileValue")
            let field: String = try row.value("fieldID", in: "profileValue")
            profiles[code, default: [:]][field] = try protected.open(
                row.value("value", in: "profileValue", as: Data.self),
                .profileValue(respondentCode: code, fieldID: field))
        }
        for position in batch.indices {
            guard let code = batch[position].respondentCode else { continue }
            batch[position].profile = profiles[code] ?? [:]
        }
    }

    static func placeholders(_ count: Int) -> String {
        Array(repeating: "?", count: count).joined(separator: ", ")
    }
}

extension ProjectStore {
    /// How many answered answers have segments by one of `coders` (any coder when empty).
    public func codedAnswerCount(coders: [String]) throws(StoreError) -> Int {
        try read { db in
            let coderList = coders.isEmpty ? "" : " WHERE coder IN (\(Self.placeholders(coders.count)))"
            return try Int.fetchOne(
                db,
                sql: """
                    SELECT COUNT(*) FROM answer WHERE status = 'answered'
                      AND id IN (SELECT answerID FROM segment\(coderList))
                    """, arguments: StatementArguments(coders)) ?? 0
        }
    }
}
