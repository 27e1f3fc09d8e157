/// A file that could not be read at all: missing, a folder, unreadable, or too large.
public struct FileReadError: EvalKitError, Equatable {
    public enum Reason: Sendable, Equatable {
        case missing
        case isDirectory
        case unreadable(String)
        case tooLarge(size: Int, limit: Int)
    }

    public var path: String
    public var reason: Reason

    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    public var exitStatus: ExitStatus {
        switch reason {
        case .missing, .isDirectory, .unreadable: .noInput
        case .tooLarge: .dataError
        }
    }

    /// What went wrong, without the path: "no such file".
    public var sentence: String {
        switch reason {
        case .missing: "no such file"
        case .isDirectory: "is a folder, not a file"
        case .unreadable(let why): "cannot be read (\(why))"
        case .tooLarge(let size, let limit): "file is too large (\(size) bytes; the limit is \(limit) bytes)"
        }
    }

    public var location: String? { path }
}
