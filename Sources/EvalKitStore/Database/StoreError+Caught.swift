internal import GRDB

/// A refusal raised inside a database access, before the store knows which file it is
/// about; `StoreError(path:caught:)` adds the path.
struct Refusal: Error {
    var reason: StoreError.Reason

    init(_ reason: StoreError.Reason) { self.reason = reason }
}

extension StoreError {
    /// Turns whatever a database access threw into a `StoreError` about `path`.
    ///
    /// SQLite's result codes decide the reason; SQLite's message is kept only where it helps
    /// (it describes the failure, never a bound value, so it carries no respondent data).
    init(path: String, caught error: any Error) {
        switch error {
        case let error as StoreError:
            self = error
        case let refusal as Refusal:
            self.init(path: path, reason: refusal.reason)
        case let error as DatabaseError:
            self.init(path: path, reason: Self.reason(for: error))
        default:
            self.init(path: path, reason: .internalError(code: -1, sqliteMessage: "unexpected \(type(of: error))"))
        }
    }

    private static func reason(for error: DatabaseError) -> Reason {
        let message = error.message ?? "SQLite error \(error.extendedResultCode.rawValue)"
        switch error.resultCode {
        case .SQLITE_NOTADB: return .notADatabase
        case .SQLITE_CORRUPT: return .corrupt
        case .SQLITE_FULL: return .diskFull
        case .SQLITE_IOERR: return .ioFailure(sqliteMessage: message)
        case .SQLITE_CANTOPEN: return .cannotOpen(sqliteMessage: message)
        case .SQLITE_READONLY, .SQLITE_PERM: return .readOnly
        case .SQLITE_BUSY, .SQLITE_LOCKED: return .busy
        default: return .internalError(code: error.extendedResultCode.rawValue, sqliteMessage: message)
        }
    }
}
