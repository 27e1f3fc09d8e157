import EvalKitCore

/// An error with a ready sentence and an exit status.
struct SimpleError: EvalKitError {
    var status: ExitStatus
    var message: String
    var exitStatus: ExitStatus { status }
    var description: String { message }
}
