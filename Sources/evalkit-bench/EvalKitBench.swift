// Benchmarks for the scale of a national monitoring programme: EvalKit beside the programs it is
// measured against, on the same data in the same run, with the times, the ratios, the targets of
// docs/performance.md and a check that both computed the same thing. Asserts nothing.
import ArgumentParser
import EvalKitCore
import EvalKitInstruments
import Foundation

@main
struct EvalKitBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evalkit-bench",
        abstract: "Measure EvalKit beside its references (grep, Python re, krippendorff, SQLite) and print a table.",
        discussion: """
            Run it from the repository with a release build: swift run -c release evalkit-bench. \
            It generates its data (fictional, seeded), runs EvalKit and each reference on the same data, \
            checks that they agree, and prints a Markdown table with times, ratios and the targets of \
            docs/performance.md. A reference that is not installed is listed as missing, with what to \
            install. The evalkit program is built beside the benchmark when it is not there yet.

            --scale small (the default) takes about a minute and a half; --scale national uses the sizes of a \
            national monitoring programme and takes about ten minutes.
            """)

    enum Scale: String, ExpressibleByArgument, CaseIterable {
        case check, small, national
    }

    enum Part: String, ExpressibleByArgument, CaseIterable {
        case autocoding = "auto-coding", agreement, loading, scoring, report, startup
    }

    @Option(help: "check (seconds, for CI: do EvalKit and the references agree?), small or national.")
    var scale: Scale = .small

    @Option(
        parsing: .upToNextOption,
        help: ArgumentHelp("Only these parts (\(Part.allCases.map(\.rawValue).joined(separator: ", "))).")
    )
    var only: [Part] = []

    @Flag(help: "Run EvalKit's side only, without the references (to look at it under a profiler).")
    var evalkitOnly = false

    @Option(help: ArgumentHelp("The project whose codebook and framework are used.", valueName: "dir"))
    var project: String = References.scripts + "/.."

    struct Sizes {
        var answersToCode: Int
        var agreementCodes: Int
        var agreementUnits: Int
        var csvUnits: Int
        var interviews: Int
        var answersEach: Int
        var scoredInterviews: Int
        var reportSessions: [Int]
        var storedAnswersToCode: Int
    }

    var sizes: Sizes {
        switch scale {
        case .check:
            Sizes(
                answersToCode: 300, agreementCodes: 3, agreementUnits: 2_000, csvUnits: 2_000,
                interviews: 50, answersEach: 20, scoredInterviews: 0, reportSessions: [],
                storedAnswersToCode: 0)
        case .small:
            Sizes(
                answersToCode: 5_000, agreementCodes: 30, agreementUnits: 100_000, csvUnits: 200_000,
                interviews: 2_000, answersEach: 20, scoredInterviews: 2_000, reportSessions: [99, 1_000],
                storedAnswersToCode: 100_000)
        case .national:
            Sizes(
                answersToCode: 20_000, agreementCodes: 300, agreementUnits: 100_000,
                csvUnits: 200_000, interviews: 20_000, answersEach: 20, scoredInterviews: 20_000,
                reportSessions: [1_000, 10_000], storedAnswersToCode: 1_000_000)
        }
    }

    func run() throws {
        let layout = try ProjectLayout(directory: project)
        let loaded = ProjectLoader().load(layout).project
        guard let codebook = loaded.codebook, let framework = loaded.framework else {
            throw ValidationError("\(project) has no codebook or framework; pass --project DIR")
        }
        let parts = Set(only.isEmpty ? Part.allCases : only)
        var random = SeededGenerator(seed: 2011)
        References.disabled = evalkitOnly
        var rows: [BenchRow] = []
        let sizes = self.sizes
        #if DEBUG
            Bench.say("note: a debug build; times mean nothing (swift run -c release evalkit-bench)")
        #endif
        if parts.contains(.autocoding) {
            rows += try AutoCodingBench.run(codebook: codebook, answers: sizes.answersToCode, random: &random)
            if sizes.storedAnswersToCode > 0 {
                rows.append(
                    try StoredAutoCodingBench.run(
                        answers: sizes.storedAnswersToCode, repository: project, framework: framework,
                        codebook: codebook, random: &random))
            }
        }
        if parts.contains(.agreement) {
            rows.append(
                try AgreementBench.inMemory(codes: sizes.agreementCodes, units: sizes.agreementUnits, random: &random))
            rows.append(try AgreementBench.endToEnd(units: sizes.csvUnits, random: &random))
        }
        if parts.contains(.loading) {
            let loadedStore = try LoadingBench.run(
                interviews: sizes.interviews, answersEach: sizes.answersEach, framework: framework,
                codes: codebook.allCodes.map(\.code.id), random: &random)
            defer { try? FileManager.default.removeItem(atPath: loadedStore.folder) }
            rows += loadedStore.rows
        }
        if parts.contains(.scoring) && sizes.scoredInterviews > 0 {
            rows += try ScoringBenchmark.run(
                project: loaded, interviews: sizes.scoredInterviews, answersEach: sizes.answersEach, random: &random)
        }
        if parts.contains(.report) && !sizes.reportSessions.isEmpty {
            rows += try ReportBench.run(sizes: sizes.reportSessions, project: project)
        }
        if parts.contains(.startup) { rows += try StartupBench.run() }
        if scale == .check {
            // Sizes too small for times to mean anything: only whether EvalKit and the references agree.
            rows = rows.map { row in
                var untargeted = row
                untargeted.target = nil
                return untargeted
            }
        }
        print("")
        print(Bench.markdown(rows))
        let host = ProcessInfo.processInfo
        print("")
        print(
            "\(host.processorCount) cores, \(host.physicalMemory / 1_073_741_824) GiB, \(host.operatingSystemVersionString)"
        )
        if rows.contains(where: { $0.check.hasPrefix("DIFFERENT") }) {
            throw ExitCode(65)
        }
    }
}
