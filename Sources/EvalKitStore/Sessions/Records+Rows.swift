import Foundation
internal import GRDB

// Reading records from rows. Each reader throws `Refusal(.unreadableRow(table:))` for a
// value this EvalKit does not know (a damaged file or a newer EvalKit), never crashes.

extension Row {
    /// The value of `column`, or a refusal naming `table`.
    func value<Value: DatabaseValueConvertible>(
        _ column: String, in table: String, as type: Value.Type = Value.self
    ) throws -> Value {
        do {
            return try decode(Value.self, forColumn: column)
        } catch {
            throw Refusal(.unreadableRow(table: table))
        }
    }

    /// The enum case stored as raw text in `column`.
    func enumValue<Value: RawRepresentable<String>>(
        _ column: String, in table: String, as type: Value.Type = Value.self
    ) throws -> Value {
        guard let value = Value(rawValue: try self.value(column, in: table, as: String.self)) else {
            throw Refusal(.unreadableRow(table: table))
        }
        return value
    }
}

extension SessionRecord {
    init(row: Row) throws {
        let table = "session"
        self.init(
            id: try row.value("id", in: table),
            instrumentID: try row.value("instrumentID", in: table),
            instrumentVersion: try row.value("instrumentVersion", in: table),
            instrumentSnapshot: try row.value("instrumentSnapshot", in: table),
            method: try row.enumValue("method", in: table),
            siteID: try row.value("siteID", in: table),
            unitID: try row.value("unitID", in: table),
            respondentGroup: try row.value("respondentGroup", in: table),
            interviewerCode: try row.value("interviewerCode", in: table),
            language: try row.value("language", in: table),
            interpreterUsed: try row.value("interpreterUsed", in: table),
            status: try row.enumValue("status", in: table),
            startedAt: try row.value("startedAt", in: table),
            endedAt: try row.value("endedAt", in: table),
            consentAt: try row.value("consentAt", in: table),
            guardianConsentAt: try row.value("guardianConsentAt", in: table),
            importedFrom: try row.value("importedFrom", in: table, as: String?.self).map { text in
                guard let source = ImportSource(rawValue: text) else { throw Refusal(.unreadableRow(table: table)) }
                return source
            },
            consentAttestedBy: try row.value("consentAttestedBy", in: table),
            sourceDigest: try row.value("sourceDigest", in: table))
    }
}

extension RespondentRecord {
    init(row: Row) throws {
        let table = "respondent"
        self.init(
            code: try row.value("code", in: table),
            sessionID: try row.value("sessionID", in: table),
            siteID: try row.value("siteID", in: table),
            respondentGroup: try row.value("respondentGroup", in: table),
            number: try row.value("number", in: table),
            seat: try row.value("seat", in: table))
    }
}

extension AnswerRecord {
    init(row: Row, protected: ProtectedText) throws {
        let table = "answer"
        let sessionID: String = try row.value("sessionID", in: table)
        let questionID: String = try row.value("questionID", in: table)
        let respondentCode: String? = try row.value("respondentCode", in: table)
        self.init(
            id: try row.value("id", in: table),
            sessionID: sessionID,
            questionID: questionID,
            respondentCode: respondentCode,
            status: try row.enumValue("status", in: table),
            value: try protected.openIfPresent(
                row.value("value", in: table, as: Data?.self),
                .answer(sessionID: sessionID, questionID: questionID, respondentCode: respondentCode)),
            recordedAt: try row.value("recordedAt", in: table))
    }
}

extension NoteRecord {
    init(row: Row, protected: ProtectedText) throws {
        let table = "note"
        let sessionID: String = try row.value("sessionID", in: table)
        let questionID: String? = try row.value("questionID", in: table)
        self.init(
            id: try row.value("id", in: table),
            sessionID: sessionID,
            questionID: questionID,
            text: try protected.open(
                row.value("text", in: table, as: Data.self), .note(sessionID: sessionID, questionID: questionID)),
            createdAt: try row.value("createdAt", in: table))
    }
}

extension SessionEventRecord {
    init(row: Row) throws {
        let table = "sessionEvent"
        self.init(
            id: try row.value("id", in: table),
            sessionID: try row.value("sessionID", in: table),
            kind: try row.enumValue("kind", in: table),
            questionID: try row.value("questionID", in: table),
            at: try row.value("at", in: table))
    }
}
