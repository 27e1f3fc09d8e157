import EvalKitCore
import EvalKitFieldwork
public import EvalKitInstruments
public import EvalKitStore
import EvalKitTerminal
import Foundation

/// Runs the reference sample's sessions through the real runner: for each, the session is
/// planned as `evalkit interview start` plans it, and the engine and driver are fed the
/// session's script through `ScriptLines`. Consent is therefore asked and recorded exactly as
/// in the field; nothing is written to the store any other way.
public struct DemoFieldwork {
    public struct Summary: Sendable, Equatable {
        public var sessions = 0
        public var interviews = 0
        public var groups = 0
        /// Respondents of interviews plus FGD participants.
        public var participants = 0
        public var fgdParticipants = 0
        /// Answers and FGD contributions kept, declined ones included.
        public var answers = 0
        /// Per site: interviews, FGDs, FGD participants.
        public var perSite: [String: SiteCount] = [:]

        public init() {}
    }

    public struct SiteCount: Sendable, Equatable {
        public var interviews = 0
        public var groups = 0
        public var groupParticipants = 0
    }

    let project: Project
    let store: ProjectStore
    let seed: UInt64

    public init(project: Project, store: ProjectStore, seed: UInt64) {
        self.project = project
        self.store = store
        self.seed = seed
    }

    /// - Parameter progress: called after each session with (sessions done, sessions in all).
    /// - Throws: `DemoError` when the project is not the reference case or a session does not
    ///   run as scripted; `SessionPlanError` and `StoreError` as the runner throws them.
    public func run(progress: (Int, Int) -> Void = { _, _ in }) throws -> Summary {
        let specs = try ReferenceSample.sessions(for: project)
        var summary = Summary()
        var usedIDs: Set<String> = []
        var indexAtSite: [String: Int] = [:]
        for (done, spec) in specs.enumerated() {
            let index = indexAtSite[spec.siteID, default: 0]
            indexAtSite[spec.siteID] = index + 1
            let answers = try runSession(spec, index: index, usedIDs: &usedIDs)
            summary.sessions += 1
            summary.answers += answers
            summary.participants += spec.participants
            if spec.isGroup {
                summary.groups += 1
                summary.fgdParticipants += spec.participants
                summary.perSite[spec.siteID, default: SiteCount()].groups += 1
                summary.perSite[spec.siteID, default: SiteCount()].groupParticipants += spec.participants
            } else {
                summary.interviews += 1
                summary.perSite[spec.siteID, default: SiteCount()].interviews += 1
            }
            progress(done + 1, specs.count)
        }
        return summary
    }

    /// The script of one session of the sample, for inspection and tests: the lines the runner
    /// is fed for it with this seed.
    public static func script(
        for spec: DemoSessionSpec, in project: Project, seed: UInt64
    ) throws(DemoError) -> ScriptBuilder.Script {
        let (instrument, consent, unit) = try parts(of: spec, in: project)
        return ScriptBuilder(spec: spec, instrument: instrument, consent: consent, unit: unit).script(seed: seed)
    }

    private static func parts(
        of spec: DemoSessionSpec, in project: Project
    ) throws(DemoError) -> (Instrument, ConsentScript, String?) {
        guard let instrument = project.instrument(spec.instrumentID) else {
            throw .projectLacks("the guide '\(spec.instrumentID)'.")
        }
        guard let consent = project.consentScript(instrument.consentID) else {
            throw .projectLacks("the consent script '\(instrument.consentID)'.")
        }
        return (instrument, consent, project.framework?.site(spec.siteID)?.units.first)
    }

    /// Runs one session; returns the number of answers it kept.
    private func runSession(_ spec: DemoSessionSpec, index: Int, usedIDs: inout Set<String>) throws -> Int {
        let script = try Self.script(for: spec, in: project, seed: seed)
        let clock = FieldClock(start: FieldClock.sessionStart(site: spec.siteID, index: index))
        let start = clock.now()
        var plan = try SessionPlanner.plan(
            project: project, instrumentID: spec.instrumentID, siteID: spec.siteID,
            respondentGroup: spec.respondentGroup, language: "en", interviewerCode: spec.interviewerCode, now: start,
            clock: clock.now)
        plan.context.sessionID = sessionID(for: spec, avoiding: &usedIDs)
        var engine = InterviewEngine(setup: plan.setup)
        let first = engine.start()
        let problems = ProblemLog()
        let screen = Screen(width: 100, styled: false) { problems.scan($0) }
        let driver = InterviewDriver(
            engine: engine, store: store, context: plan.context, input: ScriptLines(text: script.text),
            screen: screen, clock: clock.now)
        let outcome = try driver.run(from: first)
        if let problem = problems.first {
            throw DemoError.sessionFailed(label: spec.label, reason: "the runner said \"\(problem)\"")
        }
        guard outcome == .completed else {
            throw DemoError.sessionFailed(label: spec.label, reason: "it ended as \(outcome) instead of completed")
        }
        return try store.answerCount(sessionID: plan.context.sessionID)
    }

    /// Eight hex digits like the runner's ids, but drawn from the seed.
    private func sessionID(for spec: DemoSessionSpec, avoiding used: inout Set<String>) -> String {
        var random = SeededGenerator(seed: seed, label: "session-id/" + spec.label)
        while true {
            let id = String(String(random.next(), radix: 16).suffix(8))
            let padded = String(repeating: "0", count: 8 - id.count) + id
            if used.insert(padded).inserted { return padded }
        }
    }
}

/// Keeps the runner's problem messages ("! …"): in a scripted session any problem means the
/// script and the guide disagree.
private final class ProblemLog {
    private(set) var first: String?

    func scan(_ text: String) {
        guard first == nil else { return }
        for line in text.split(separator: "\n") where line.hasPrefix("! ") {
            first = String(line.dropFirst(2))
            return
        }
    }
}
