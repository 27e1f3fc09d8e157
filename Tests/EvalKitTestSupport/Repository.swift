import Foundation

/// Paths inside the EvalKit repository, so tests can use the bundled reference case.
public enum Repository {
    /// The repository root (this file is Tests/EvalKitTestSupport/Repository.swift).
    public static let root: String = {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
    }()

    public static func path(_ relative: String) -> String {
        (root as NSString).appendingPathComponent(relative)
    }

    /// A temporary folder holding a copy of the reference project's `folders`.
    public static func copy(_ folders: [String] = ["Instruments", "Consent"]) throws -> TemporaryDirectory {
        let folder = try TemporaryDirectory()
        try copy(folders, into: folder)
        return folder
    }

    /// Copies the reference project's `folders` into `folder`.
    public static func copy(_ folders: [String] = ["Instruments", "Consent"], into folder: TemporaryDirectory) throws {
        for name in folders {
            try FileManager.default.copyItem(atPath: path(name), toPath: folder.file(name))
        }
    }
}
