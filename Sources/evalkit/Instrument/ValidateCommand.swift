import ArgumentParser
import EvalKitCore
import EvalKitInstruments
import Foundation

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check guides, consent scripts and the framework against the schema and each other.",
        discussion: """
            Each file is validated against EvalKit's XML Schema (embedded in evalkit; see \
            'evalkit instrument schema'), then checked for what a schema cannot see: duplicate ids, \
            conditions that name an unknown or later question, links to unknown evaluation questions, \
            groups or units, a missing consent script, and texts without English.

            Every problem is printed as file:line:column: error: message. Links are resolved against \
            the project's own framework and consent scripts, so a single file can be checked on its own.

            Exit status: 0 when there are no errors (warnings allowed), 65 when a file is invalid, \
            66 when a file or the project is missing.
            """
    )

    @OptionGroup var projectOptions: ProjectOptions

    @Argument(
        help: ArgumentHelp("Files to check (default: every .xml in Instruments/ and Consent/).", valueName: "path"))
    var paths: [String] = []

    @Option(
        name: .customLong("missing-translations"),
        help: ArgumentHelp(
            "Also list every text that has no translation into this language (e.g. vi).", valueName: "lang"))
    var missingTranslations: String?

    func run() throws {
        let layout = try projectOptions.layout()
        let loader = ProjectLoader()
        let projectFiles = layout.xmlFiles()
        let checked = paths.isEmpty ? projectFiles : paths
        let checkedSet = Set(checked.map(Self.normalise))
        // Links resolve against the project: its files are loaded as context for the given ones.
        let context = projectFiles.filter { !checkedSet.contains(Self.normalise($0)) }
        let result = loader.load(files: checked + context, directory: layout.directory)
        var diagnostics = result.diagnostics.filter {
            checkedSet.contains(Self.normalise($0.location?.file ?? $0.file ?? ""))
        }
        if let language = missingTranslations {
            diagnostics += result.missingTranslations(language).filter {
                checkedSet.contains(Self.normalise($0.location?.file ?? ""))
            }
            diagnostics.sort { $0.sortKey < $1.sortKey }
        }
        for diagnostic in diagnostics { printError(diagnostic.description) }
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.filter { $0.severity == .warning }.count
        let files = checked.count == 1 ? "1 file" : "\(checked.count) files"
        if checked.isEmpty {
            print("No .xml files in \(layout.instrumentsDirectory) or \(layout.consentDirectory).")
        } else {
            print("Checked \(files): \(Self.count(errors, "error")), \(Self.count(warnings, "warning")).")
        }
        if errors > 0 {
            let missing = checked.contains { !FileManager.default.fileExists(atPath: $0) }
            throw ExitCode(missing ? ExitStatus.noInput.rawValue : ExitStatus.dataError.rawValue)
        }
    }

    private static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }

    private static func normalise(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }
}
