import EvalKitCore
import EvalKitStore
import Foundation

/// Where `evalkit demo` writes: the project itself (its git-ignored database), or with
/// --out a new folder made into a complete project. The database is built under a temporary
/// name beside its final place and renamed over it only when every step has succeeded, so
/// a failed or interrupted build never leaves a half-written database or project.
struct DemoDestination {
    /// Folders copied from the source project when there are any.
    static let projectFolders = ["Instruments", "Consent", "Analysis", "Report"]

    let source: String
    /// The demo project's folder.
    let directory: String
    let force: Bool
    /// True when --out names a folder this run creates (removed again on failure).
    private(set) var createdFolder = false

    init(source: String, out: String?, force: Bool) {
        self.source = source
        let standardSource = URL(fileURLWithPath: source).standardizedFileURL.path
        let target = out.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        self.directory = target == standardSource ? source : (target ?? source)
        self.force = force
    }

    var isSeparateProject: Bool { directory != source }
    var storePath: String { ProjectStore.path(inProject: directory) }

    /// Refuses to overwrite, then (for --out) makes the folder a project: the source's
    /// folders copied in, and an empty Exports/.
    /// - Throws: `DemoRefusal` (73) without --force; `CommandError` (73) when copying fails.
    mutating func prepare() throws {
        if isSeparateProject {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: directory, isDirectory: &isFolder) {
                guard isFolder.boolValue else { throw DemoRefusal(reason: .notAFolder(path: directory)) }
                let contents = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
                if !contents.isEmpty && !force {
                    let sessions = try demoSessionCount(at: storePath)
                    if sessions > 0 {
                        throw DemoRefusal(reason: .storeHasSessions(path: storePath, sessions: sessions))
                    }
                    throw DemoRefusal(reason: .folderNotEmpty(path: directory))
                }
            } else {
                createdFolder = true
            }
            try copyProjectFolders()
        } else if !force {
            let sessions = try demoSessionCount(at: storePath)
            if sessions > 0 { throw DemoRefusal(reason: .storeHasSessions(path: storePath, sessions: sessions)) }
        }
    }

    private func copyProjectFolders() throws {
        let manager = FileManager.default
        do {
            try manager.createDirectory(atPath: directory, withIntermediateDirectories: true)
            for name in Self.projectFolders {
                let from = (source as NSString).appendingPathComponent(name)
                guard manager.fileExists(atPath: from) else { continue }
                let to = (directory as NSString).appendingPathComponent(name)
                if manager.fileExists(atPath: to) { try manager.removeItem(atPath: to) }
                try manager.copyItem(atPath: from, toPath: to)
            }
            try manager.createDirectory(
                atPath: (directory as NSString).appendingPathComponent("Exports"), withIntermediateDirectories: true)
        } catch {
            throw CommandError.demoFoldersNotWritten(directory)
        }
    }

    /// Builds the database with `body` under a temporary name, then puts it in place.
    func buildStore<T>(_ body: (ProjectStore) throws -> T) throws -> T {
        try ProjectStore.buildReplacing(storePath, open: openDemoStore(at:), body)
    }

    /// Undoes what this run made after a failure: the folder it created for --out.
    func discardCreatedFolder() {
        if createdFolder { try? FileManager.default.removeItem(atPath: directory) }
    }

}
