import EvalKitCore
import EvalKitInstruments
import EvalKitScoring
import EvalKitStore
import Foundation

/// Scoring at the scale of a national programme: `interviews` encrypted interviews, each answer
/// coded by the rules and by an analyst, scored once. No reference: nothing else scores by this
/// rubric. Prints the time and the peak memory of the whole benchmark.
enum ScoringBenchmark {
    static func run(project: Project, interviews: Int, answersEach: Int, random: inout SeededGenerator) throws
        -> [BenchRow]
    {
        let framework = try project.requireFramework()
        let codes = try project.requireCodebook().allCodes.map(\.code.id)
        _ = try project.requireRubric()
        let folder = try References.scratch("scoring")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = try LoadingBench.encryptedStore(in: folder)
        Bench.say("scoring: preparing \(Bench.count(interviews)) coded interviews…")
        try LoadingBench.importInterviews(interviews, answersEach: answersEach, framework: framework, into: store)
        var segments: [SegmentRecord] = []
        try LoadingBench.forEachCodedSegment(in: store, codes: codes, random: &random) { segment in
            segments.append(segment)
            if segments.count >= 20_000 {
                try store.importSegments(segments, at: LoadingBench.moment)
                segments.removeAll()
            }
        }
        try store.importSegments(segments, at: LoadingBench.moment)
        let segmentCount = try store.segmentCount()
        let work = "scoring \(Bench.count(interviews * answersEach)) answers, \(Bench.count(segmentCount)) segments"
        Bench.say("\(work)…")
        let (sheet, seconds) = try Bench.time { try Scorer(project: project).score(store) }
        return [
            BenchRow(
                work: work, evalkit: .seconds(seconds),
                check: "\(Bench.count(sheet.statistics.evidenceItems)) evidence items"),
            BenchRow(
                work: "peak memory of the benchmark process so far (it holds its generated data too)",
                evalkit: .seconds(Double(peakMemoryBytes())), target: .memoryBelow(2 * 1_073_741_824)),
        ]
    }

    static func peakMemoryBytes() -> Int {
        var usage = rusage()
        #if canImport(Glibc)
            getrusage(RUSAGE_SELF.rawValue, &usage)
            return usage.ru_maxrss * 1024  // kilobytes on Linux
        #else
            getrusage(RUSAGE_SELF, &usage)
            return usage.ru_maxrss
        #endif
    }
}
