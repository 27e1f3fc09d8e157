internal import GRDB

extension ProjectStore {
    /// Replaces the codebook held in the store (the `code` table) with `codes`.
    public func replaceCodebook(_ codes: [StoredCode]) throws(StoreError) {
        try write { db in
            try db.execute(sql: "DELETE FROM code")
            for code in codes {
                try db.execute(
                    sql: """
                        INSERT INTO code (id, parentID, position, label, colour, valence, weight, criteria,
                                          evaluationQuestions)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        code.id, code.parentID, code.position, code.label, code.colour, code.valence, code.weight,
                        code.criteria.joined(separator: " "), code.evaluationQuestions.joined(separator: " "),
                    ])
            }
        }
    }

    /// The codebook held in the store, in codebook order.
    public func storedCodes() throws(StoreError) -> [StoredCode] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM code ORDER BY position").map(StoredCode.init(row:))
        }
    }
}

extension StoredCode {
    init(row: Row) throws {
        let table = "code"
        let criteria: String = try row.value("criteria", in: table)
        let questions: String = try row.value("evaluationQuestions", in: table)
        self.init(
            id: try row.value("id", in: table), parentID: try row.value("parentID", in: table),
            position: try row.value("position", in: table), label: try row.value("label", in: table),
            colour: try row.value("colour", in: table), valence: try row.value("valence", in: table),
            weight: try row.value("weight", in: table), criteria: criteria.split(separator: " ").map(String.init),
            evaluationQuestions: questions.split(separator: " ").map(String.init))
    }
}
