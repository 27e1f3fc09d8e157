public import EvalKitCore

/// Why a report cannot be made or written. `description` names files and ids, never what a
/// respondent said.
public struct ReportError: EvalKitError, Equatable {
    public var message: String
    public var exitStatus: ExitStatus

    public init(_ message: String, exitStatus: ExitStatus) {
        self.message = message
        self.exitStatus = exitStatus
    }

    public var description: String { "error: \(message)" }
}
