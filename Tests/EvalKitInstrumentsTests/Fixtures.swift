import EvalKitCore
import EvalKitInstruments
import Foundation

/// Fixture files of this test target.
enum Fixtures {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Fixtures"
    ).path

    static func path(_ relative: String) -> String { (directory as NSString).appendingPathComponent(relative) }

    /// The small valid project that broken files are checked against.
    static let miniProject = path("mini")

    /// Loads `broken/NAME` with the mini project as context; returns the diagnostics of that file,
    /// with the fixture folder trimmed from paths so expectations stay short.
    static func diagnostics(ofBroken name: String) throws -> [String] {
        let layout = try ProjectLayout(directory: miniProject)
        let file = path("broken/" + name)
        let result = ProjectLoader().load(files: [file] + layout.xmlFiles(), directory: miniProject)
        return result.diagnostics.filter { ($0.location?.file ?? $0.file) == file }.map {
            $0.description.replacingOccurrences(of: directory + "/", with: "")
        }
    }
}
