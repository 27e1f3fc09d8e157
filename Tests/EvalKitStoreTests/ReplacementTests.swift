import EvalKitCore
import EvalKitTestSupport
import Foundation
import Testing

@testable import EvalKitStore

/// A database built to replace another is put in place whole, or not at all.
struct ReplacementTests {
    private func sessionIDs(_ path: String) throws -> [String] {
        var ids: [String] = []
        try ProjectStore(path: path).forEachSession { ids.append($0.id) }
        return ids
    }

    private func leftovers(_ folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains(".building-") }
    }

    @Test func aFinishedBuildReplacesTheOldDatabase() throws {
        let (path, folder) = try TestProject.closed { try $0.session("old") }
        try ProjectStore.buildReplacing(path, open: { try ProjectStore(path: $0) }) { store in
            try store.createSession(Sample.session("new"))
        }
        #expect(try sessionIDs(path) == ["new"])
        #expect(try leftovers((path as NSString).deletingLastPathComponent).isEmpty)
        _ = folder
    }

    @Test func aFailedBuildLeavesTheOldDatabaseAndNoTemporaryFile() throws {
        struct Interrupted: Error {}
        let (path, folder) = try TestProject.closed { try $0.session("old") }
        #expect(throws: Interrupted.self) {
            try ProjectStore.buildReplacing(path, open: { try ProjectStore(path: $0) }) { store in
                try store.createSession(Sample.session("half"))
                throw Interrupted()
            }
        }
        #expect(try sessionIDs(path) == ["old"])
        #expect(try leftovers((path as NSString).deletingLastPathComponent).isEmpty)
        _ = folder
    }

    @Test func theNewErrorsSayWhatHappenedAndExitAsTheyShould() {
        let notClosed = StoreError(path: "p.sqlite.building-1", reason: .notClosedCleanly)
        #expect(
            notClosed.description
                == "p.sqlite.building-1: error: the new database was not closed cleanly; nothing was replaced")
        #expect(notClosed.exitStatus == .software)
        #expect(StoreError(path: "p.sqlite", reason: .cannotReplace).exitStatus == .ioError)
    }
}
