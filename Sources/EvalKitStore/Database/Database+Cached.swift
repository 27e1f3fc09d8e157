internal import GRDB

extension Database {
    /// Runs one statement, compiled once per connection and kept: bulk imports run the same
    /// insert hundreds of thousands of times, and compiling it each time cost more than the
    /// insert itself.
    func executeCached(_ sql: String, _ arguments: StatementArguments = StatementArguments()) throws {
        try cachedStatement(sql: sql).execute(arguments: arguments)
    }
}
