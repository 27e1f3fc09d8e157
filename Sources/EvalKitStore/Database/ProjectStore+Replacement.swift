import Foundation

extension ProjectStore {
    /// Builds a new database with `body` under a temporary name beside `path`, then renames it
    /// over `path`, so a failed or interrupted build never leaves half a database in place.
    /// `open` opens the temporary file (with the project's key); the store it returns must be
    /// released by the time `body` returns.
    /// - Throws: `StoreError` (`.notClosedCleanly`, `.cannotReplace`) or whatever `open` and
    ///   `body` throw; the temporary files are removed on every failure.
    public static func buildReplacing<T>(
        _ path: String, open: (String) throws -> ProjectStore, _ body: (ProjectStore) throws -> T
    ) throws -> T {
        let building = path + ".building-\(ProcessInfo.processInfo.processIdentifier)"
        removeDatabaseFiles(at: building)
        do {
            let result = try body(try open(building))
            // The store is closed now; a clean close leaves no write-ahead log behind.
            guard !FileManager.default.fileExists(atPath: building + "-wal") else {
                throw StoreError(path: building, reason: .notClosedCleanly)
            }
            // A stale log of the old database must not be replayed into the new one.
            for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            guard rename(building, path) == 0 else { throw StoreError(path: path, reason: .cannotReplace) }
            return result
        } catch {
            removeDatabaseFiles(at: building)
            throw error
        }
    }

    private static func removeDatabaseFiles(at path: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
}
