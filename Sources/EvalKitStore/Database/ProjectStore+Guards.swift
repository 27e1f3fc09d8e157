internal import GRDB

// Checks made inside a write transaction, before anything is changed, so that a refused
// change leaves nothing behind and its message names what is wrong.

extension ProjectStore {
    /// Refuses unless session `id` exists and may keep what is said in it: it is neither
    /// consent-declined nor withdrawn, and its consent is recorded.
    static func requireConsent(_ db: Database, sessionID id: String) throws {
        let consentAt = try requireOpenSession(db, id: id)
        if consentAt.isNull { throw Refusal(.noConsent(sessionID: id)) }
    }

    /// Refuses unless session `id` exists and is neither consent-declined nor withdrawn.
    /// - Returns: the session's `consentAt` column.
    @discardableResult
    static func requireOpenSession(_ db: Database, id: String) throws -> DatabaseValue {
        guard let row = try Row.fetchOne(db, sql: "SELECT status, consentAt FROM session WHERE id = ?", arguments: [id])
        else { throw Refusal(.unknownSession(id)) }
        let status = try row.enumValue("status", in: "session", as: SessionStatus.self)
        if status == .consentDeclined || status == .withdrawn {
            throw Refusal(.closedToData(sessionID: id, status: status))
        }
        return try row.value("consentAt", in: "session", as: DatabaseValue.self)
    }

    /// Refuses unless session `id` exists.
    static func requireSession(_ db: Database, id: String) throws {
        if try Row.fetchOne(db, sql: "SELECT 1 FROM session WHERE id = ?", arguments: [id]) == nil {
            throw Refusal(.unknownSession(id))
        }
    }

    /// The session of respondent `code`; refuses an unknown code.
    static func sessionOfRespondent(_ db: Database, code: String) throws -> String {
        guard
            let id = try String.fetchOne(db, sql: "SELECT sessionID FROM respondent WHERE code = ?", arguments: [code])
        else { throw Refusal(.unknownRespondent(code)) }
        return id
    }
}
