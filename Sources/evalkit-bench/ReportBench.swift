import EvalKitCore
import EvalKitSecurity
import EvalKitStore
import Foundation

/// `evalkit report --format all` on projects of growing size: the demo's sessions (real guides,
/// realistic answers, two coders' segments) copied until the project holds each size, the report
/// written by the real command, timed, with the command's peak memory.
enum ReportBench {
    static func run(sizes: [Int], project: String) throws -> [BenchRow] {
        guard let evalkit = References.evalkit() else {
            return [BenchRow(work: "report", evalkit: .missing("the evalkit program could not be built"))]
        }
        let folder = try References.scratch("report")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let environment = ["EVALKIT_PASSPHRASE": "bench"]
        Bench.say("report: making the demo project whose sessions are copied…")
        let demo = try References.run(
            evalkit, ["demo", "--out", folder, "--project", project], environment: environment)
        guard demo.status == 0 else {
            return [BenchRow(work: "report", evalkit: .missing("evalkit demo failed: \(demo.errors.suffix(300))"))]
        }
        let store = try ProjectStore(
            path: ProjectStore.path(inProject: folder),
            keys: PassphraseKeys(passphrase: { "bench" }, newPassphrase: nil))
        let originals = try store.exportSessions()
        let codings = try originals.map { try store.segments(sessionID: $0.session.id) }
        var rows: [BenchRow] = []
        var copies = 1
        var previous: (sessions: Int, seconds: Double)?
        for size in sizes {
            let wanted = max(1, (size + originals.count - 1) / originals.count)
            if wanted > copies {
                Bench.say("report: copying the demo's \(originals.count) sessions \(wanted) times…")
                try copy(originals, codings, from: copies, to: wanted, into: store)
                copies = wanted
            }
            let sessions = copies * originals.count
            let work = "report --format all (XML, HTML, QDPX), \(Bench.count(sessions)) sessions"
            Bench.say("\(work)…")
            let run = try References.runMeasuringMemory(
                evalkit, ["report", "--format", "all", "--out", "\(folder)/Exports-\(sessions)", "--project", folder],
                environment: environment)
            guard run.status == 0 else {
                rows.append(BenchRow(work: work, evalkit: .missing("exit \(run.status): \(run.errors.suffix(300))")))
                continue
            }
            var check =
                run.peakBytes > 0
                ? "peak memory \(Bench.count(run.peakBytes / 1_048_576)) MiB"
                : "peak memory not measured (needs /usr/bin/time)"
            if let previous {
                let growth = run.seconds / previous.seconds
                let more = Double(sessions) / Double(previous.sessions)
                check += String(format: "; %.1f× the time for %.0f× the sessions", growth, more)
            }
            rows.append(
                BenchRow(
                    work: work, evalkit: .seconds(run.seconds), target: size == 10_000 ? .within(10) : nil,
                    check: check))
            if size == sizes.last && run.peakBytes > 0 {
                rows.append(
                    BenchRow(
                        work: "peak memory of the report on \(Bench.count(sessions)) sessions",
                        evalkit: .seconds(Double(run.peakBytes)), target: .memoryBelow(2 * 1_073_741_824)))
            }
            previous = (sessions, run.seconds)
        }
        return rows
    }

    /// Copies number `first` up to `last` (exclusive) of every original session, with their
    /// segments: new session ids, respondents renumbered by the import as two laptops' would be.
    private static func copy(
        _ originals: [SessionExchange], _ codings: [[Int64: [SegmentRecord]]], from first: Int, to last: Int,
        into store: ProjectStore
    ) throws {
        for number in first..<last {
            let batch = originals.map { original in
                var copy = original
                copy.session.id = "\(original.session.id)-copy\(number)"
                return copy
            }
            _ = try store.importSessions(batch, audit: nil)
            var segments: [SegmentRecord] = []
            for ((original, copy), coding) in zip(zip(originals, batch), codings) {
                // The copy's answers were stored in the original's order.
                let stored = try store.answers(sessionID: copy.session.id)
                for (answer, originalAnswer) in zip(stored, original.answers) {
                    guard let id = answer.id, let originalID = originalAnswer.id else { continue }
                    for segment in coding[originalID] ?? [] {
                        var moved = segment
                        moved.id = nil
                        moved.answerID = id
                        segments.append(moved)
                    }
                }
            }
            try store.importSegments(segments, at: LoadingBench.moment)
        }
    }
}
