import ArgumentParser
import EvalKitCoding
import EvalKitCore
import EvalKitInstruments
import EvalKitStore
import Foundation

struct CodeAutoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "auto",
        abstract: "Code every answer by the codebook's rules, as the coder 'rules'.",
        discussion: """
            Phrases match on word boundaries, ignoring case and accents (Vietnamese tones and đ \
            included); patterns are regular expressions on the same folded text. All phrases are \
            compiled into one automaton, so a run over millions of answers reads each answer once. \
            Running again replaces what 'rules' coded before and never touches a person's coding. \
            See docs/codebook.md for the rule syntax.
            """
    )

    @OptionGroup var projectOptions: ProjectOptions

    @Option(
        help: ArgumentHelp(
            "A <codingRules> file whose rules are added to the codebook's.", valueName: "file"))
    var rules: String?

    func run() throws {
        let layout = try projectOptions.layout()
        let project = try loadValidProject(layout)
        let codebook = try project.requireCodebook()
        var extra: [CodingRules] = []
        if let rules {
            let loaded = ProjectLoader().loadRules(file: rules, codebook: codebook)
            let errors = loaded.diagnostics.filter { $0.severity == .error }
            guard errors.isEmpty, let file = loaded.rules else {
                let missing = !FileManager.default.fileExists(atPath: rules)
                throw DiagnosticsError(errors, exitStatus: missing ? .noInput : .dataError)
            }
            extra.append(file)
        }
        let coder = try AutoCoder(rules: codebook.rules(adding: extra))
        let store = try openExistingStore(layout)
        try store.replaceCodebook(StoredCode.all(of: codebook))
        let progress = ProgressReporter(label: "Auto-coding answers")
        let summary = try AutoCodingRun(coder: coder, store: store).run { progress.update($0, of: $1) }
        progress.finish()
        try audit(
            store, "code.auto", target: "\(summary.codedAnswers) answers, \(summary.segments) segments", actor: nil)
        print(
            "Coded \(summary.codedAnswers) of \(summary.answers) answers: \(summary.segments) segments by the coder "
                + "'\(AutoCodingRun.coder)'.")
        let rows = summary.perCode.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
        if !rows.isEmpty {
            print(TextTable.render([["CODE", "SEGMENTS"]] + rows.map { [$0.key, String($0.value)] }))
        }
    }
}
