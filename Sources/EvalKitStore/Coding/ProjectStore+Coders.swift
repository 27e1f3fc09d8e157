internal import GRDB

extension ProjectStore {
    /// Every coder with at least one segment, sorted; one indexed query, however many segments.
    public func coders() throws(StoreError) -> [String] {
        try read { db in
            try String.fetchAll(db, sql: "SELECT DISTINCT coder FROM segment ORDER BY coder")
        }
    }

    /// Which of `codes` have coded or reviewed nothing in this project.
    public func unknownCoders(_ codes: [String]) throws(StoreError) -> [String] {
        try read { db in
            try codes.filter { code in
                try Int.fetchOne(
                    db,
                    sql: """
                        SELECT EXISTS (SELECT 1 FROM segment WHERE coder = ?1)
                            OR EXISTS (SELECT 1 FROM reviewed WHERE coder = ?1)
                        """, arguments: [code]) != 1
            }
        }
    }
}
