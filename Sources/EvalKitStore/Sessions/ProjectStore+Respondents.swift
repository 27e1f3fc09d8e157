import Foundation
internal import GRDB

extension ProjectStore {
    /// Gives the session a new pseudonymous respondent, numbered after every respondent
    /// ever numbered for the same site and group, in one write transaction (two stores on
    /// one file never hand out the same number).
    ///
    /// The code is `siteCode-groupCode-NNN`: `A-SURV-001`, …, `A-SURV-999`, `A-SURV-1000`.
    /// - Parameter seat: the 1-based seat in an FGD roster; nil for an interview respondent.
    /// - Throws: `StoreError` (`unknownSession`; `closedToData` for a declined or withdrawn
    ///   session; `duplicateRespondentCode` when another site or group has the same codes).
    public func allocateRespondent(
        sessionID: String, siteID: String, siteCode: String, respondentGroup: String, groupCode: String, seat: Int?
    ) throws(StoreError) -> RespondentRecord {
        try write { db in
            try Self.requireOpenSession(db, id: sessionID)
            let number = try Self.nextRespondentNumber(db, siteID: siteID, respondentGroup: respondentGroup)
            let respondent = RespondentRecord(
                code: Self.respondentCode(siteCode: siteCode, groupCode: groupCode, number: number),
                sessionID: sessionID, siteID: siteID, respondentGroup: respondentGroup, number: number, seat: seat)
            if try String.fetchOne(db, sql: "SELECT code FROM respondent WHERE code = ?", arguments: [respondent.code])
                != nil
            {
                throw Refusal(.duplicateRespondentCode(respondent.code))
            }
            try db.execute(
                sql: """
                    INSERT INTO respondent (code, sessionID, siteID, respondentGroup, number, seat)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    respondent.code, sessionID, siteID, respondentGroup, respondent.number, respondent.seat,
                ])
            return respondent
        }
    }

    /// `siteCode-groupCode-` and `number` with at least three digits.
    static func respondentCode(siteCode: String, groupCode: String, number: Int) -> String {
        let digits = String(number)
        return "\(siteCode)-\(groupCode)-" + String(repeating: "0", count: max(0, 3 - digits.count)) + digits
    }

    /// Counts on from the highest number given so far for the site and group (by the counter,
    /// or by the respondents themselves should the counter lag behind them).
    static func nextRespondentNumber(_ db: Database, siteID: String, respondentGroup: String) throws -> Int {
        let highestInUse = "(SELECT MAX(number) FROM respondent WHERE siteID = ?1 AND respondentGroup = ?2)"
        try db.executeCached(
            """
            INSERT INTO respondentCounter (siteID, respondentGroup, lastNumber)
            VALUES (?1, ?2, COALESCE(\(highestInUse), 0) + 1)
            ON CONFLICT (siteID, respondentGroup)
            DO UPDATE SET lastNumber = MAX(lastNumber, COALESCE(\(highestInUse), 0)) + 1
            """, [siteID, respondentGroup])
        return try Int.fetchOne(
            db.cachedStatement(
                sql: "SELECT lastNumber FROM respondentCounter WHERE siteID = ? AND respondentGroup = ?"),
            arguments: [siteID, respondentGroup]) ?? 0
    }

    /// Every respondent code in the store, sorted.
    public func respondentCodes() throws(StoreError) -> [String] {
        try read { db in try String.fetchAll(db, sql: "SELECT code FROM respondent ORDER BY code") }
    }

    /// The session's respondents, by FGD seat then code (interview respondents have no seat).
    public func respondents(sessionID: String) throws(StoreError) -> [RespondentRecord] {
        try read { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM respondent WHERE sessionID = ? ORDER BY seat, code", arguments: [sessionID]
            )
            .map(RespondentRecord.init(row:))
        }
    }

    /// Saves (or replaces) the respondent's value of a profile field (age, sex, …).
    /// - Throws: `StoreError` (`unknownRespondent`; `noConsent` or `closedToData` when the
    ///   respondent's session may not keep data).
    public func setProfileValue(respondentCode: String, fieldID: String, value: String) throws(StoreError) {
        try write { db in
            let sessionID = try Self.sessionOfRespondent(db, code: respondentCode)
            try Self.requireConsent(db, sessionID: sessionID)
            try db.execute(
                sql: "INSERT OR REPLACE INTO profileValue (respondentCode, fieldID, value) VALUES (?, ?, ?)",
                arguments: [
                    respondentCode, fieldID,
                    try protected.seal(value, .profileValue(respondentCode: respondentCode, fieldID: fieldID)),
                ])
        }
    }

    /// The respondent's profile values by field id; empty for an unknown respondent.
    public func profileValues(respondentCode: String) throws(StoreError) -> [String: String] {
        try read { db in
            var values: [String: String] = [:]
            let rows = try Row.fetchCursor(
                db, sql: "SELECT fieldID, value FROM profileValue WHERE respondentCode = ?",
                arguments: [respondentCode])
            while let row = try rows.next() {
                let fieldID = try row.value("fieldID", in: "profileValue", as: String.self)
                values[fieldID] = try protected.open(
                    row.value("value", in: "profileValue", as: Data.self),
                    .profileValue(respondentCode: respondentCode, fieldID: fieldID))
            }
            return values
        }
    }
}
