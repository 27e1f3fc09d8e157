import EvalKitStore
import Foundation

/// The one place the demo opens a project database, so that a store that later needs a
/// passphrase or codec changes here only.
func openDemoStore(at path: String) throws -> ProjectStore {
    try openProjectStore(path: path)
}

/// How many sessions the database at `path` holds; 0 when there is no file.
func demoSessionCount(at path: String) throws -> Int {
    guard FileManager.default.fileExists(atPath: path) else { return 0 }
    var count = 0
    try openDemoStore(at: path).forEachSession { _ in count += 1 }
    return count
}
