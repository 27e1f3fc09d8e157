public import EvalKitCore
import Foundation

/// Where things live inside a project folder.
public struct ProjectLayout: Sendable {
    public static let instrumentsFolder = "Instruments"
    public static let consentFolder = "Consent"
    public static let exportsFolder = "Exports"
    /// The analysts' files: rubric, judgements, findings, and the redaction list (redactions.xml).
    public static let analysisFolder = "Analysis"
    /// The report's written chapters (narrative.xml).
    public static let reportFolder = "Report"

    public let directory: String

    /// - Throws: `ProjectNotFound` (exit 66) when `directory` is missing or holds neither
    ///   Instruments/ nor Consent/.
    public init(directory: String) throws(ProjectNotFound) {
        let path = directory.isEmpty ? "." : directory
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ProjectNotFound(directory: path, reason: "no such folder")
        }
        let hasFolders = [Self.instrumentsFolder, Self.consentFolder].contains { name in
            FileManager.default.fileExists(atPath: (path as NSString).appendingPathComponent(name))
        }
        guard hasFolders else {
            throw ProjectNotFound(directory: path, reason: "it has no Instruments/ or Consent/ folder")
        }
        self.directory = path
    }

    public var instrumentsDirectory: String { (directory as NSString).appendingPathComponent(Self.instrumentsFolder) }
    public var consentDirectory: String { (directory as NSString).appendingPathComponent(Self.consentFolder) }
    public var analysisDirectory: String { (directory as NSString).appendingPathComponent(Self.analysisFolder) }
    public var reportDirectory: String { (directory as NSString).appendingPathComponent(Self.reportFolder) }
    public var exportsDirectory: String { (directory as NSString).appendingPathComponent(Self.exportsFolder) }

    /// The project's XML files: `*.xml` directly inside Instruments/, Consent/, Analysis/ and
    /// Report/, sorted.
    public func xmlFiles() -> [String] {
        [instrumentsDirectory, consentDirectory, analysisDirectory, reportDirectory].flatMap { folder -> [String] in
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            return names.filter { $0.lowercased().hasSuffix(".xml") }.sorted().map {
                (folder as NSString).appendingPathComponent($0)
            }
        }
    }
}

public struct ProjectNotFound: EvalKitError {
    public var directory: String
    public var reason: String
    public var exitStatus: ExitStatus { .noInput }
    public var sentence: String {
        "'\(directory)' is not an EvalKit project: \(reason). Pass the project folder with --project DIR."
    }
}
