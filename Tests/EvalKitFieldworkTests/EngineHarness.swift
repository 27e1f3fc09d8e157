import EvalKitCore
import EvalKitFieldwork
import EvalKitInstruments
import EvalKitStore
import EvalKitTerminal
import Foundation

/// Loads the fixture project once.
enum FieldFixtures {
    static let projectDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/project").path

    static let project: Project = {
        do {
            let result = ProjectLoader().load(try ProjectLayout(directory: projectDirectory))
            precondition(!result.diagnostics.hasErrors, "fixture project is invalid: \(result.diagnostics)")
            return result.project
        } catch {
            fatalError("fixture project missing: \(error)")
        }
    }()

    static let start = Date(timeIntervalSince1970: 1_700_000_000)

    static func setup(_ instrument: String, language: String = "en") -> SessionSetup {
        SessionSetup(
            instrument: project.instrument(instrument)!, consent: project.consentScript("consent")!,
            contacts: project.contacts, language: language, clock: { start })
    }
}

/// Drives an engine with typed entries the way the driver does, without a store: effects
/// are collected, respondent codes are made up in the fixture's pattern.
struct EngineHarness {
    var engine: InterviewEngine
    var effects: [Effect] = []
    var messages: [Message] = []
    var prompt: Prompt?
    var outcome: Outcome?

    init(_ instrument: String, language: String = "en") {
        engine = InterviewEngine(setup: FieldFixtures.setup(instrument, language: language))
        absorb(engine.start())
    }

    init(resuming instrument: String, progress: SessionProgress) {
        engine = InterviewEngine(setup: FieldFixtures.setup(instrument))
        absorb(engine.resume(from: progress, consentAt: FieldFixtures.start))
    }

    /// Types each entry; `:`-commands are parsed as the driver parses them.
    mutating func type(_ entries: String...) {
        for entry in entries {
            guard case .success(let input) = FieldInput.parse(entry) else {
                fatalError("unknown command in test: \(entry)")
            }
            absorb(engine.handle(input))
        }
    }

    /// The passage to consent: private, no interpreter, not a minor, consents, attests.
    mutating func consent() { type("yes", "no", "no", "yes", "yes") }

    mutating func absorb(_ reaction: Reaction) {
        messages += reaction.messages
        prompt = reaction.prompt
        outcome = reaction.outcome
        for effect in reaction.effects {
            effects.append(effect)
            if case .allocateRespondents(let count, let isGroup) = effect {
                let records = (1...count).map { number in
                    RespondentRecord(
                        code: String(format: "N-SURV-%03d", number), sessionID: "s", siteID: "north",
                        respondentGroup: "survivor", number: number, seat: isGroup ? number : nil)
                }
                absorb(engine.respondentsAllocated(records))
            }
        }
    }

    /// Effects that write answers, in order, as (question, status, value).
    var savedAnswers: [String] {
        effects.compactMap {
            if case .setAnswer(let question, _, let status, let value) = $0 {
                return "\(question)=\(status.rawValue):\(value ?? "-")"
            }
            if case .addContribution(let question, let code, let value) = $0 {
                return "\(question)@\(code ?? "group")=\(value)"
            }
            return nil
        }
    }

    var problems: [String] { messages.filter { $0.role == .problem }.map(\.text) }

    func shown(_ role: Message.Role) -> [String] { messages.filter { $0.role == role }.map(\.text) }
}
