import ArgumentParser
import EvalKitCore
import EvalKitDemo
import EvalKitInstruments
import EvalKitReport
import EvalKitScoring
import EvalKitStore
import Foundation

struct DemoCommand: ParsableCommand {
    static let defaultSeed: UInt64 = 2011

    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Build the reference case's fictional demo data: fieldwork, auto-coding and a second coder.",
        discussion: """
            Runs the reference case's achieved sample (93 interviews and 6 FGDs of 10 in Lao Cai, \
            Bac Giang and An Giang; none in Ha Noi) through the interview runner with invented, \
            seeded answers, consent first as always; then codes every answer by the codebook's rules \
            (coder 'rules') and has a simulated analyst (coder 'AN-01') review about 30% of them. \
            Every answer, profile and note is fictional: no real person's words or data.

            By default the project itself gets the data, in its git-ignored .evalkit/project.sqlite. \
            A database that already holds sessions is never overwritten without --force; the new one \
            is built under a temporary name and renamed into place only when complete. With --out DIR, \
            DIR becomes a complete project of its own (guides, consent scripts, database, Exports/), \
            for trying every other command with --project DIR. The same seed always gives the same \
            data. See docs/demo.md.
            """
    )

    @OptionGroup var projectOptions: ProjectOptions

    @Option(
        help: ArgumentHelp(
            "Make DIR a demo project of its own instead of filling this project's database.", valueName: "dir"))
    var out: String?

    @Option(help: ArgumentHelp("The generator's seed: the same seed gives the same data.", valueName: "n"))
    var seed: UInt64 = DemoCommand.defaultSeed

    @Flag(help: "Replace a database that already holds sessions (and write into a non-empty --out folder).")
    var force = false

    func run() throws {
        let started = Date()
        let layout = try projectOptions.layout()
        let project = try loadValidProject(layout)
        // Refuse before any fieldwork is built when scoring or the report could not follow.
        _ = try Scorer(project: project)
        _ = try ReportBuilder(project: project, language: "en")
        var destination = DemoDestination(source: layout.directory, out: out, force: force)
        try destination.prepare()
        let report: DemoReport
        do {
            report = try destination.buildStore { store in
                var context = DemoContext(project: project, store: store, seed: seed, directory: destination.directory)
                let pipeline = DemoPipeline.complete
                try pipeline.run(&context) { ProgressReporter(label: $0) }
                return try DemoReport(context: context)
            }
        } catch {
            destination.discardCreatedFolder()
            throw error
        }
        print(report.text(destination: destination, seed: seed, seconds: Date().timeIntervalSince(started)))
    }
}
