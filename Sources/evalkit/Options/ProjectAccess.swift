import EvalKitCore
import EvalKitFieldwork
import EvalKitInstruments
import EvalKitStore
import Foundation

/// Loads the project and refuses to run fieldwork on invalid files (exit 65).
func loadValidProject(_ layout: ProjectLayout) throws -> Project {
    let result = ProjectLoader().load(layout)
    let errors = result.diagnostics.filter { $0.severity == .error }
    guard errors.isEmpty else { throw DiagnosticsError(errors) }
    return result.project
}

/// The project's database; a project without one has no sessions (and none is created here).
func openExistingStore(
    _ layout: ProjectLayout, access: ProjectStore.Access = .readWrite, verified: Bool = true
) throws -> ProjectStore {
    let path = ProjectStore.path(inProject: layout.directory)
    guard FileManager.default.fileExists(atPath: path) else {
        throw SessionPlanError.usage("this project has no sessions yet; start one with 'evalkit interview start'.")
    }
    return try openProjectStore(path: path, access: access, verified: verified)
}

/// The one session whose id starts with `prefix`.
func findSession(_ prefix: String, in store: ProjectStore) throws -> SessionRecord {
    let matches = try store.sessions(matchingPrefix: prefix.lowercased())
    guard let first = matches.first else {
        throw SessionPlanError.usage("no session '\(prefix)' in this project; 'evalkit interview list' shows them.")
    }
    guard matches.count == 1 else {
        throw SessionPlanError.usage(
            "'\(prefix)' matches \(matches.count) sessions (\(matches.map(\.id).joined(separator: ", "))); type more of the id."
        )
    }
    return first
}
