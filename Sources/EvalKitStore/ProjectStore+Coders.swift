internal import GRDB

extension ProjectStore {
    /// Every coder with at least one segment, sorted; one indexed query, however many segments.
    public func coders() throws(StoreError) -> [String] {
        try read { db in
            try String.fetchAll(db, sql: "SELECT DISTINCT coder FROM segment ORDER BY coder")
        }
    }
}
