import Foundation
internal import GRDB

extension ProjectStore {
    /// The project's keyring, or nil for a plain database.
    public func keyring() throws(StoreError) -> Keyring? {
        try read(Self.keyring)
    }

    /// Whether the database's protected texts are encrypted.
    public var isEncrypted: Bool { protected.codec.encrypts }

    static func keyring(_ db: Database) throws -> Keyring? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM keyring WHERE id = 1") else { return nil }
        let table = "keyring"
        return Keyring(
            kdf: try row.value("kdf", in: table), salt: try row.value("salt", in: table),
            costLog2: try row.value("costLog2", in: table), blockSize: try row.value("blockSize", in: table),
            parallelism: try row.value("parallelism", in: table), cipher: try row.value("cipher", in: table),
            wrappedKey: try row.value("wrappedKey", in: table), createdAt: try row.value("createdAt", in: table))
    }

    /// Replaces the keyring with one that wraps the same project key differently (a new
    /// passphrase); the texts stay as they are.
    public func replaceKeyring(_ keyring: Keyring) throws(StoreError) {
        try write { db in
            guard try Self.keyring(db) != nil else { throw Refusal(.encryptedProject) }
            try db.execute(sql: "DELETE FROM keyring")
            try Self.insert(keyring, db)
        }
    }

    private static func insert(_ keyring: Keyring, _ db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO keyring (id, kdf, salt, costLog2, blockSize, parallelism, cipher, wrappedKey, createdAt)
                VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                keyring.kdf, keyring.salt, keyring.costLog2, keyring.blockSize, keyring.parallelism, keyring.cipher,
                keyring.wrappedKey, keyring.createdAt,
            ])
    }

    /// Stores `keyring` and re-seals every protected text already in the database (plain UTF-8,
    /// from before encryption) with `codec`, in the caller's transaction: either all of it is
    /// encrypted or nothing changes.
    /// - Returns: whether there was any text to encrypt.
    @discardableResult
    static func protectPlainTexts(_ db: Database, keyring: Keyring, codec: any TextCodec) throws -> Bool {
        if try Self.keyring(db) != nil { throw Refusal(.alreadyEncrypted) }
        let texts =
            try Int.fetchOne(
                db,
                sql: """
                    SELECT (SELECT COUNT(*) FROM answer WHERE value IS NOT NULL) + (SELECT COUNT(*) FROM note)
                        + (SELECT COUNT(*) FROM profileValue) + (SELECT COUNT(*) FROM segment WHERE memo IS NOT NULL)
                    """) ?? 0
        let plain = ProtectedText(codec: PlainTextCodec())
        let sealed = ProtectedText(codec: codec)
        for row in try Row.fetchAll(db, sql: "SELECT * FROM answer WHERE value IS NOT NULL") {
            let answer = try AnswerRecord(row: row, protected: plain)
            let context = ProtectedText.Context.answer(
                sessionID: answer.sessionID, questionID: answer.questionID, respondentCode: answer.respondentCode)
            try db.execute(
                sql: "UPDATE answer SET value = ? WHERE id = ?",
                arguments: [try sealed.sealIfPresent(answer.value, context), answer.id])
        }
        for row in try Row.fetchAll(db, sql: "SELECT * FROM note") {
            let note = try NoteRecord(row: row, protected: plain)
            let context = ProtectedText.Context.note(sessionID: note.sessionID, questionID: note.questionID)
            try db.execute(
                sql: "UPDATE note SET text = ? WHERE id = ?", arguments: [try sealed.seal(note.text, context), note.id])
        }
        for row in try Row.fetchAll(db, sql: "SELECT * FROM profileValue") {
            let code: String = try row.value("respondentCode", in: "profileValue")
            let fieldID: String = try row.value("fieldID", in: "profileValue")
            let context = ProtectedText.Context.profileValue(respondentCode: code, fieldID: fieldID)
            let value = try plain.open(row.value("value", in: "profileValue", as: Data.self), context)
            try db.execute(
                sql: "UPDATE profileValue SET value = ? WHERE respondentCode = ? AND fieldID = ?",
                arguments: [try sealed.seal(value, context), code, fieldID])
        }
        for row in try Row.fetchAll(db, sql: "SELECT * FROM segment WHERE memo IS NOT NULL") {
            let segment = try SegmentRecord(row: row, protected: plain)
            let context = ProtectedText.Context.segmentMemo(answerID: segment.answerID, coder: segment.coder)
            try db.execute(
                sql: "UPDATE segment SET memo = ? WHERE id = ?",
                arguments: [try sealed.sealIfPresent(segment.memo, context), segment.id])
        }
        try insert(keyring, db)
        return texts > 0
    }
}
