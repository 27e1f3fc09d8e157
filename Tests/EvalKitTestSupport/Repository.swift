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
}
