import EvalKitFieldwork
import EvalKitInstruments
public import EvalKitStore
import EvalKitTerminal
import Foundation

/// The survivor guide of the reference case at Lao Cai, run from a script into a scratch
/// project database, as `evalkit interview start --script FILE` runs it.
public final class ReferenceInterview {
    public let store: ProjectStore
    private let project: Project

    /// A script through consent and the profile into the first questions.
    public static let script = [
        "yes", "no", "no", "yes", "yes", "34", "1", "2", "Bat Xat", "1", "3", "2", "1", "0", "", "no",
        "Because we had no money at home.", "", "On the bus, when they took our papers.", "", ":pause",
    ].joined(separator: "\n")

    public init() {
        do {
            let layout = try ProjectLayout(directory: Fuzzing.repository)
            project = ProjectLoader().load(layout).project
            store = try ProjectStore(path: Fuzzing.scratchFile("interviews.sqlite"))
        } catch {
            fatalError("the reference project could not be opened: \(error)")
        }
    }

    /// Runs one session from `script`; nil when the session could not be planned or saved
    /// (a refusal, which is not a finding).
    @discardableResult
    public func run(script: String) -> Outcome? {
        guard
            let plan = try? SessionPlanner.plan(
                project: project, instrumentID: "survivor-centre", siteID: "lao-cai", respondentGroup: nil,
                language: "en", interviewerCode: "IV-01", now: Date())
        else { return nil }
        var engine = InterviewEngine(setup: plan.setup)
        let first = engine.start()
        let driver = InterviewDriver(
            engine: engine, store: store, context: plan.context, input: ScriptLines(text: script),
            screen: Screen(write: { _ in }))
        return try? driver.run(from: first)
    }
}
