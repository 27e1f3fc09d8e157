public import EvalKitCore

/// Why the demo could not be built. The message never holds respondent data: the demo's
/// answers are invented, but the rule is the same everywhere.
public enum DemoError: EvalKitError, Equatable {
    /// The project lacks something the reference sample needs (exit 65).
    case projectLacks(String)
    /// A scripted session did not run as planned: the script and the guide disagree (exit 70).
    case sessionFailed(label: String, reason: String)

    public var exitStatus: ExitStatus {
        switch self {
        case .projectLacks: .dataError
        case .sessionFailed: .software
        }
    }

    public var sentence: String {
        switch self {
        case .projectLacks(let what): "the demo needs the reference case: \(what)"
        case .sessionFailed(let label, let reason): "demo session '\(label)' did not run as scripted: \(reason)"
        }
    }
}
