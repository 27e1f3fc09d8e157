import Foundation
internal import GRDB

/// One SQLite value as `rawRows` returns it: what is really on disk, before any decoding.
enum RawValue: Equatable, Sendable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob(Data)
}

// Raw SQL access for tests (through `@testable import`) and diagnostics: check what is on
// disk, pragmas included, without the record layer. Not public: nothing outside the store
// should depend on the schema.

extension ProjectStore {
    /// The rows of `sql`, each by column name, read on a reader connection or on the writer.
    func rawRows(_ sql: String, arguments: [String] = [], onWriter: Bool = false) throws(StoreError) -> [[String:
        RawValue]]
    {
        func rows(_ db: Database) throws -> [[String: RawValue]] {
            try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map { row in
                var values: [String: RawValue] = [:]
                for (column, value) in row { values[column] = RawValue(value) }
                return values
            }
        }
        do {
            return onWriter ? try pool.writeWithoutTransaction(rows) : try pool.read(rows)
        } catch {
            throw StoreError(path: path, caught: error)
        }
    }

    /// Runs `sql` (one or more statements) on the writer, outside the store's checks.
    func rawExecute(_ sql: String, arguments: [String] = []) throws(StoreError) {
        try write { db in try db.execute(sql: sql, arguments: StatementArguments(arguments)) }
    }
}

extension RawValue {
    fileprivate init(_ value: DatabaseValue) {
        switch value.storage {
        case .null: self = .null
        case .int64(let integer): self = .integer(integer)
        case .double(let real): self = .real(real)
        case .string(let text): self = .text(text)
        case .blob(let data): self = .blob(data)
        }
    }
}
