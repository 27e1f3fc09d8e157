public import EvalKitCore

/// A test fixture's project files did not load: the loader's errors, each with its place.
public struct ProjectFixtureError: Error, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
