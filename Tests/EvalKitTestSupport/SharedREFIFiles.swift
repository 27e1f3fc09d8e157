import Foundation
public import Testing

/// The official REFI-QDA schemas and real exports from other tools, which come from outside
/// and stay out of the repository.
///
/// Found at `EVALKIT_REFI_QDA_DIR`, else at `../shared/refi-qda` beside the repository when
/// that folder exists. Tests that need them carry `.enabled(if: SharedREFIFiles.shouldRun, …)`
/// and are skipped, with that reason, on a bare clone. With `EVALKIT_REQUIRE_REFI_QDA=1` (set
/// by `.ci/run`) they run even when the folder is missing, and fail saying why, so CI never
/// skips them.
public enum SharedREFIFiles {
    public static let variable = "EVALKIT_REFI_QDA_DIR"
    public static let requireVariable = "EVALKIT_REQUIRE_REFI_QDA"

    /// The folder, when it holds the schemas.
    public static let directory: String? = {
        let environment = ProcessInfo.processInfo.environment
        let candidate = environment[variable].flatMap { $0.isEmpty ? nil : $0 } ?? Repository.path("../shared/refi-qda")
        let schema = (candidate as NSString).appendingPathComponent("Project-mrt2019.xsd")
        return FileManager.default.fileExists(atPath: schema) ? candidate : nil
    }()

    /// Whether a skip would be an error (CI).
    public static let required = ProcessInfo.processInfo.environment[requireVariable] == "1"

    /// Whether tests that need the files should run: they are there, or they are required.
    public static let shouldRun = directory != nil || required

    public struct Missing: Error, CustomStringConvertible {
        public let description: String
    }

    /// The path of `relative` inside the folder (`Project-mrt2019.xsd`, `samples/…`).
    /// - Throws: `Missing` when the folder is not there (only when the files are required).
    public static func path(_ relative: String) throws -> String {
        guard let directory else {
            throw Missing(
                description: "\(requireVariable)=1 but the REFI-QDA files are not there: set \(variable) to the "
                    + "folder that holds Project-mrt2019.xsd, Codebook-mrt2019.xsd and samples/")
        }
        return (directory as NSString).appendingPathComponent(relative)
    }

    /// The bytes of `relative` inside the folder.
    public static func bytes(_ relative: String) throws -> [UInt8] {
        try [UInt8](Data(contentsOf: URL(fileURLWithPath: path(relative))))
    }
}

extension Trait where Self == ConditionTrait {
    /// Runs the test only where the REFI-QDA files are (or are required); otherwise the test is
    /// skipped with the reason shown.
    public static var needsREFIQDAFiles: Self {
        .enabled(
            if: SharedREFIFiles.shouldRun,
            "needs the official REFI-QDA schemas and samples: set EVALKIT_REFI_QDA_DIR (default ../shared/refi-qda)")
    }
}
