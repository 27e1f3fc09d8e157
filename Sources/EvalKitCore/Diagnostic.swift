/// One problem found in an input file, rendered as `file:line:column: error: message`.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable {
        case error
        case warning
        case note
    }

    public var severity: Severity
    public var location: SourceLocation?
    /// The file the diagnostic is about, when no line is known.
    public var file: String?
    public var message: String

    public init(_ severity: Severity, _ message: String, at location: SourceLocation) {
        self.severity = severity
        self.location = location
        self.file = location.file
        self.message = message
    }

    public init(_ severity: Severity, _ message: String, file: String?) {
        self.severity = severity
        self.location = nil
        self.file = file
        self.message = message
    }

    public static func error(_ message: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, message, at: location)
    }

    public var description: String {
        ErrorLine.render(location: location?.description ?? file, severity: severity.rawValue, sentence: message)
    }
}

extension Diagnostic {
    /// File, then line, then column: the order a person reads a file in.
    public var sortKey: SourceLocation {
        location ?? SourceLocation(file: file ?? "", line: 0, column: 0)
    }
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool { contains { $0.severity == .error } }
}
