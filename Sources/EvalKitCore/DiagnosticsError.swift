/// Thrown when one or more input files failed their checks; carries every diagnostic,
/// not only the first, so a person can fix them all in one pass.
public struct DiagnosticsError: EvalKitError {
    public var diagnostics: [Diagnostic]
    public var exitStatus: ExitStatus

    public init(_ diagnostics: [Diagnostic], exitStatus: ExitStatus = .dataError) {
        self.diagnostics = diagnostics
        self.exitStatus = exitStatus
    }

    /// How many problems there are; `description` lists each with its own place.
    public var sentence: String {
        diagnostics.count == 1 ? "1 problem" : "\(diagnostics.count) problems"
    }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
