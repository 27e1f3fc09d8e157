public import EvalKitCore

/// Why a project cannot be scored.
public struct ScoringError: EvalKitError, Equatable {
    public var message: String
    public var exitStatus: ExitStatus

    public init(_ message: String, exitStatus: ExitStatus = .dataError) {
        self.message = message
        self.exitStatus = exitStatus
    }

    public var description: String { "error: \(message)" }
}
