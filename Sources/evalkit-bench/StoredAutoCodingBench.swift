import EvalKitCore
import EvalKitInstruments
import EvalKitStore
import Foundation

/// `evalkit code auto` on a project holding `answers` stored, encrypted answers of 40 words: the
/// whole command, from opening the database to the last segment stored.
enum StoredAutoCodingBench {
    static func run(
        answers: Int, repository: String, framework: Framework, codebook: Codebook, random: inout SeededGenerator
    ) throws -> BenchRow {
        let work = "evalkit code auto on \(Bench.count(answers)) stored answers of 40 words, end to end"
        guard let evalkit = References.evalkit() else {
            return BenchRow(work: work, evalkit: .missing("the evalkit program could not be built"))
        }
        let folder = try References.scratch("code-auto")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for part in ["Instruments", "Consent", "Analysis", "Report"] {
            try FileManager.default.copyItem(atPath: "\(repository)/\(part)", toPath: "\(folder)/\(part)")
        }
        let store = try LoadingBench.encryptedStore(in: folder)
        let texts = AutoCodingBench.corpus(rules: codebook.rules, count: 20_000, random: &random)
        let interviews = answers / 20
        Bench.say("code auto: storing \(Bench.count(interviews * 20)) answers…")
        try LoadingBench.importInterviews(
            interviews, answersEach: 20, framework: framework, texts: texts, into: store)
        Bench.say("\(work)…")
        let run = try References.runMeasuringMemory(
            evalkit, ["code", "auto", "--project", folder], environment: ["EVALKIT_PASSPHRASE": "bench"])
        guard run.status == 0 else {
            return BenchRow(work: work, evalkit: .missing("exit \(run.status): \(run.errors.suffix(300))"))
        }
        let summary = run.output.split(separator: "\n").first.map(String.init) ?? ""
        return BenchRow(
            work: work, evalkit: .seconds(run.seconds), target: .within(60),
            check: "\(summary) Peak memory \(Bench.count(run.peakBytes / 1_048_576)) MiB")
    }
}
