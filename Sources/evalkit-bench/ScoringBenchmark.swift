import EvalKitCore
import EvalKitInstruments
import EvalKitScoring
import EvalKitSecurity
import EvalKitStore
import Foundation

/// Scoring at the scale of a national programme: `interviews` encrypted interviews of
/// `answersEach` answers, each answer coded by two coders, imported in bundles of a thousand
/// sessions, then scored once. Prints the time of each part and the peak memory.
enum ScoringBenchmark {
    static func run(project: Project, interviews: Int, answersEach: Int, random: inout SeededGenerator) throws {
        guard let framework = project.framework, let codebook = project.codebook, project.rubric != nil else {
            print("scoring: skipped (the project has no framework, codebook or rubric)")
            return
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("evalkit-bench-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let keys = PassphraseKeys(
            passphrase: { "bench" }, newPassphrase: { "bench" },
            kdf: PassphraseKDF(costLog2: 10, blockSize: 8, parallelism: 1))
        let store = try ProjectStore(path: ProjectStore.path(inProject: folder), keys: keys)
        let sites = framework.sites.filter { !$0.units.isEmpty }
        let groups = framework.respondentGroups
        let codes = codebook.allCodes.map(\.code.id)
        let moment = Date(timeIntervalSince1970: 1_300_000_000)
        try measure("scoring setup: import \(interviews) interviews x \(answersEach) answers (encrypted)") {
            var batch: [SessionExchange] = []
            for number in 0..<interviews {
                let site = sites[number % sites.count]
                let group = groups[number % groups.count]
                let id = "bench-\(number)"
                let code = "\(site.code)-\(group.code)-\(number)"
                batch.append(
                    SessionExchange(
                        session: SessionRecord(
                            id: id, instrumentID: "bench", instrumentVersion: "1", instrumentSnapshot: "{}",
                            method: .interview, siteID: site.id, unitID: site.units.first, respondentGroup: group.id,
                            interviewerCode: "IV-01", language: "en", status: .completed, startedAt: moment,
                            consentAt: moment),
                        respondents: [
                            RespondentRecord(
                                code: code, sessionID: id, siteID: site.id, respondentGroup: group.id, number: number,
                                seat: nil)
                        ],
                        profileValues: [
                            code: ["sex": number % 3 == 0 ? "male" : "female", "age": "\(18 + number % 50)"]
                        ],
                        answers: (0..<answersEach).map {
                            AnswerRecord(
                                sessionID: id, questionID: "q\($0)", respondentCode: code, status: .answered,
                                value: "Answer \($0) of interview \(number). It was hard. Then it got better.",
                                recordedAt: moment)
                        }, notes: [], events: []))
                if batch.count == 1000 || number == interviews - 1 {
                    _ = try store.importSessions(batch, audit: nil)
                    batch.removeAll()
                }
            }
        }
        try measure("scoring setup: code every answer twice (about 2.5 codes each)") {
            var segments: [SegmentRecord] = []
            try store.forEachAnswer { answer in
                guard let id = answer.answer.id else { return }
                for _ in 0..<Int.random(in: 1...4, using: &random) {
                    let code = codes.randomElement(using: &random) ?? codes[0]
                    for coder in ["rules", "AN-01"] where Int.random(in: 0..<10, using: &random) > 0 || coder == "rules"
                    {
                        segments.append(
                            SegmentRecord(answerID: id, codeID: code, coder: coder, range: nil, createdAt: moment))
                    }
                }
                if segments.count >= 20_000 {
                    try store.importSegments(segments, at: moment)
                    segments.removeAll()
                }
            }
            try store.importSegments(segments, at: moment)
        }
        let segments = try store.segmentCount()
        let sheet = try measure("scoring: \(interviews * answersEach) answers, \(segments) segments") {
            try Scorer(project: project).score(store)
        }
        var usage = rusage()
        #if canImport(Glibc)
            getrusage(RUSAGE_SELF.rawValue, &usage)
            let megabytes = usage.ru_maxrss / 1024  // kilobytes on Linux
        #else
            getrusage(RUSAGE_SELF, &usage)
            let megabytes = usage.ru_maxrss / 1_048_576  // bytes on macOS
        #endif
        print(
            "  (\(sheet.statistics.evidenceItems) evidence items; peak memory of the whole benchmark \(megabytes) MiB)")
    }
}
