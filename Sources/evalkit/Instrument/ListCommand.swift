import ArgumentParser
import EvalKitCore
import EvalKitInstruments

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the project's guides, consent scripts and codebook.",
        discussion: "Invalid files are left out; run 'evalkit instrument validate' to see why."
    )

    @OptionGroup var projectOptions: ProjectOptions

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    struct Row: Encodable {
        var id: String
        var kind: String
        var version: String
        var respondentGroups: [String]
        var unit: String?
        var consent: String?
        var sections: Int
        var questions: Int
        /// For the codebook only: how many codes it has, nested ones included.
        var codes: Int? = nil
        var languages: [String]
        var file: String
    }

    func run() throws {
        let result = ProjectLoader().load(try projectOptions.layout())
        let project = result.project
        var rows = project.instruments.map { instrument in
            Row(
                id: instrument.id, kind: instrument.kind.rawValue, version: instrument.version,
                respondentGroups: instrument.respondentGroups, unit: instrument.unit, consent: instrument.consentID,
                sections: instrument.sections.count, questions: instrument.questions.count,
                languages: instrument.completeLanguages, file: instrument.file)
        }
        rows += project.consentScripts.map { script in
            Row(
                id: script.id, kind: "consent", version: script.version, respondentGroups: [], unit: nil, consent: nil,
                sections: 0, questions: 0, languages: [], file: script.file)
        }
        if let codebook = project.codebook {
            rows.append(
                Row(
                    id: codebook.id, kind: "codebook", version: codebook.version, respondentGroups: [], unit: nil,
                    consent: nil, sections: 0, questions: 0, codes: codebook.allCodes.count,
                    languages: codebook.completeLanguages, file: codebook.file))
        }
        if format == .json { return try printJSON(rows) }
        let table =
            [["ID", "KIND", "VERSION", "FOR", "UNIT", "QUESTIONS", "LANGUAGES"]]
            + rows.map { row in
                [
                    row.id, row.kind, row.version, row.respondentGroups.joined(separator: " "), row.unit ?? "-",
                    row.codes.map { "\($0) codes" } ?? (row.kind == "consent" ? "-" : String(row.questions)),
                    row.languages.joined(separator: " "),
                ]
            }
        print(TextTable.render(table))
        let invalid = Set(
            result.diagnostics.filter { $0.severity == .error }.compactMap { $0.location?.file ?? $0.file })
        if !invalid.isEmpty {
            printError("note: \(invalid.count) file(s) with errors not listed; run 'evalkit instrument validate'.")
        }
    }
}
