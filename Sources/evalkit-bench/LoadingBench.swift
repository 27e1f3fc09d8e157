import EvalKitCore
import EvalKitInstruments
import EvalKitSecurity
import EvalKitStore
import Foundation

/// The bulk paths into an encrypted project (sessions with their answers, coded segments) beside
/// a plain SQLite bulk insert of the same segment rows, and the interview runner's one commit per
/// answer.
enum LoadingBench {
    struct Loaded {
        var store: ProjectStore
        var folder: String
        var rows: [BenchRow]
    }

    static let moment = Date(timeIntervalSince1970: 1_300_000_000)

    /// A store under a cheap passphrase key (the key derivation is not what is measured).
    static func encryptedStore(in folder: String) throws -> ProjectStore {
        let keys = PassphraseKeys(
            passphrase: { "bench" }, newPassphrase: { "bench" },
            kdf: PassphraseKDF(costLog2: 10, blockSize: 8, parallelism: 1))
        return try ProjectStore(path: ProjectStore.path(inProject: folder), keys: keys)
    }

    static func run(
        interviews: Int, answersEach: Int, framework: Framework, codes: [String], random: inout SeededGenerator
    ) throws -> Loaded {
        let folder = try References.scratch("loading")
        let store = try encryptedStore(in: folder)
        var rows: [BenchRow] = []

        let answerCount = interviews * answersEach
        let sessionsWork = "importing \(Bench.count(interviews)) interviews × \(answersEach) answers, encrypted"
        Bench.say("\(sessionsWork)…")
        let (_, sessionSeconds) = try Bench.time {
            try importInterviews(interviews, answersEach: answersEach, framework: framework, into: store)
        }
        rows.append(
            BenchRow(
                work: sessionsWork, evalkit: .seconds(sessionSeconds), target: .perSecond(200_000, items: answerCount),
                check: "\(Bench.count(Int(Double(answerCount) / sessionSeconds))) answers/s"))

        var segments: [SegmentRecord] = []
        try forEachCodedSegment(in: store, codes: codes, random: &random) { segments.append($0) }
        let segmentsWork = "loading \(Bench.count(segments.count)) coded segments"
        Bench.say("\(segmentsWork)…")
        let (_, segmentSeconds) = try Bench.time {
            for start in stride(from: 0, to: segments.count, by: 20_000) {
                try store.importSegments(Array(segments[start..<min(start + 20_000, segments.count)]), at: moment)
            }
        }
        var row = BenchRow(
            work: segmentsWork, evalkit: .seconds(segmentSeconds), target: .perSecond(200_000, items: segments.count),
            check: "\(Bench.count(Int(Double(segments.count) / segmentSeconds))) segments/s")
        row.reference = BenchRow.Reference(
            name: "plain SQLite bulk insert (Python sqlite3)", result: try plainInsert(segments, folder: folder))
        rows.append(row)
        rows.append(try checks(store: store))
        rows.append(try runnerLatency(store: store))
        return Loaded(store: store, folder: folder, rows: rows)
    }

    /// `count` interviews imported a thousand at a time, as bundles and transcripts arrive, spread
    /// over the framework's sites (those with units) and respondent groups.
    static func importInterviews(
        _ count: Int, answersEach: Int, framework: Framework, texts: [String] = [], into store: ProjectStore
    ) throws {
        let sites = framework.sites.filter { !$0.units.isEmpty }.map { ($0.id, $0.code, $0.units.first) }
        let groups = framework.respondentGroups.map(\.id)
        var batch: [SessionExchange] = []
        for number in 0..<count {
            batch.append(
                session(
                    number, answersEach: answersEach, site: sites[number % sites.count],
                    group: groups[number % groups.count], texts: texts))
            if batch.count == 1_000 || number == count - 1 {
                _ = try store.importSessions(batch, audit: nil)
                batch.removeAll()
            }
        }
    }

    /// Every stored answer coded by the rules and, nine times in ten, by an analyst: about 2.5
    /// codes each.
    static func forEachCodedSegment(
        in store: ProjectStore, codes: [String], random: inout SeededGenerator, _ body: (SegmentRecord) throws -> Void
    ) throws {
        try store.forEachAnswer { answer in
            guard let id = answer.answer.id else { return }
            for _ in 0..<Int.random(in: 1...4, using: &random) {
                let code = codes.randomElement(using: &random) ?? codes[0]
                for coder in ["rules", "AN-01"] where coder == "rules" || Int.random(in: 0..<10, using: &random) > 0 {
                    try body(SegmentRecord(answerID: id, codeID: code, coder: coder, range: nil, createdAt: moment))
                }
            }
        }
    }

    /// One interview; its answers are taken in turn from `texts`, or are a short fixed sentence.
    static func session(
        _ number: Int, answersEach: Int, site: (id: String, code: String, unit: String?), group: String,
        texts: [String] = []
    ) -> SessionExchange {
        let id = "bench-\(number)"
        let code = "\(site.code)-\(number)"
        return SessionExchange(
            session: SessionRecord(
                id: id, instrumentID: "bench", instrumentVersion: "1", instrumentSnapshot: "{}", method: .interview,
                siteID: site.id, unitID: site.unit, respondentGroup: group, interviewerCode: "IV-01", language: "en",
                status: .completed, startedAt: moment, consentAt: moment),
            respondents: [
                RespondentRecord(
                    code: code, sessionID: id, siteID: site.id, respondentGroup: group, number: number, seat: nil)
            ],
            profileValues: [code: ["sex": number % 3 == 0 ? "male" : "female", "age": "\(18 + number % 50)"]],
            answers: (0..<answersEach).map {
                AnswerRecord(
                    sessionID: id, questionID: "q\($0)", respondentCode: code, status: .answered,
                    value: texts.isEmpty
                        ? "Answer \($0) of interview \(number). It was hard at first. Then it got better."
                        : texts[(number * answersEach + $0) % texts.count],
                    recordedAt: moment)
            }, notes: [], events: [])
    }

    /// The same segment rows into a table of the same shape (same indexes, WAL, synchronous=FULL).
    private static func plainInsert(_ segments: [SegmentRecord], folder: String) throws -> BenchRow.Measurement {
        if let missing = References.pythonMissing(modules: ["sqlite3"]) { return .missing(missing) }
        let path = "\(folder)/segments.tsv"
        var text = ""
        text.reserveCapacity(segments.count * 24)
        for segment in segments { text += "\(segment.answerID)\t\(segment.codeID)\t\(segment.coder)\n" }
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let run = try References.run(
            "python3", ["\(References.scripts)/sqlite_reference.py", path, "\(folder)/plain.sqlite"])
        guard run.status == 0, let seconds = Double(run.output.trimmingCharacters(in: .whitespacesAndNewlines))
        else { return .missing("it failed: \(run.errors.suffix(300))") }
        return .seconds(seconds)
    }

    /// Every command runs SQLite's quick check when it opens the database; `evalkit check` and
    /// `report --final` run the full integrity check. Both on the database just loaded.
    private static func checks(store: ProjectStore) throws -> BenchRow {
        let size = (try? FileManager.default.attributesOfItem(atPath: store.path)[.size] as? Int) ?? 0
        let work = "SQLite's quick check on opening (\(Bench.count(size / 1_048_576)) MiB database)"
        Bench.say("\(work)…")
        let (_, quick) = try Bench.time { try store.requireSoundStructure() }
        let (problems, full) = try Bench.time { try store.check() }
        return BenchRow(
            work: work, evalkit: .seconds(quick),
            reference: BenchRow.Reference(
                name: "evalkit check (integrity_check, every sealed text opened)", result: .seconds(full)),
            check: problems.isEmpty ? "both find nothing" : "the full check found \(problems.count) problems")
    }

    /// What the interview runner does for each answer: one committed write, durable when it returns.
    private static func runnerLatency(store: ProjectStore) throws -> BenchRow {
        let work = "runner: saving one answer (commit, synchronous=FULL), p99 of 1,000"
        Bench.say("\(work)…")
        let id = "bench-runner"
        try store.createSession(
            SessionRecord(
                id: id, instrumentID: "bench", instrumentVersion: "1", instrumentSnapshot: "{}", method: .interview,
                siteID: "bench-site", unitID: nil, respondentGroup: "bench", interviewerCode: "IV-01", language: "en",
                status: .inProgress, startedAt: moment, consentAt: moment))
        var times: [Double] = []
        for number in 0..<1_000 {
            let answer = AnswerRecord(
                sessionID: id, questionID: "q\(number)", respondentCode: nil, status: .answered,
                value: "An answer given in the field, number \(number).", recordedAt: moment)
            let (_, seconds) = try Bench.time { _ = try store.setAnswer(answer) }
            times.append(seconds)
        }
        times.sort()
        return BenchRow(
            work: work, evalkit: .seconds(times[989]), target: .within(0.010),
            check:
                "p50 \(Bench.seconds(times[499])), p99 \(Bench.seconds(times[989])), slowest \(Bench.seconds(times[999]))"
        )
    }
}
