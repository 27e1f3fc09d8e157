import Foundation
internal import GRDB

extension ProjectStore {
    /// Appends `event` to the audit log.
    public func recordAudit(_ event: AuditEvent) throws(StoreError) {
        try write { db in try Self.insert(event, db) }
    }

    static func insert(_ event: AuditEvent, _ db: Database) throws {
        try db.execute(
            sql: "INSERT INTO auditEvent (at, actor, action, target) VALUES (?, ?, ?, ?)",
            arguments: [event.at, event.actor, event.action, event.target])
    }

    /// The audit log, oldest first.
    public func auditEvents() throws(StoreError) -> [AuditEvent] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM auditEvent ORDER BY at, id").map { row in
                let table = "auditEvent"
                return AuditEvent(
                    id: try row.value("id", in: table), at: try row.value("at", in: table),
                    actor: try row.value("actor", in: table), action: try row.value("action", in: table),
                    target: try row.value("target", in: table))
            }
        }
    }
}
