import EvalKitCore

/// Why `evalkit demo` will not write where it was asked to (exit 73): it never overwrites
/// fieldwork or a folder it did not make, unless told to with --force.
struct DemoRefusal: EvalKitError, Equatable {
    enum Reason: Equatable {
        case storeHasSessions(path: String, sessions: Int)
        case folderNotEmpty(path: String)
        case notAFolder(path: String)
    }

    var reason: Reason
    var exitStatus: ExitStatus { .cannotCreate }

    var sentence: String {
        switch reason {
        case .storeHasSessions(let path, let sessions):
            "'\(path)' already holds \(sessions) session\(sessions == 1 ? "" : "s"); the demo never "
                + "overwrites fieldwork. Use --out DIR for a separate demo project, or add --force to replace "
                + "this database."
        case .folderNotEmpty(let path):
            "'\(path)' exists and is not empty; choose a new folder for --out, or add --force to write "
                + "the demo project into it."
        case .notAFolder(let path):
            "'\(path)' exists and is not a folder; choose a new folder for --out."
        }
    }
}
