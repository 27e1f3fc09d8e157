public import Foundation

/// Writes files so that a reader never sees half of one: the bytes go to a temporary file
/// in the same folder, which is then renamed over the target.
public enum AtomicFile {
    /// - Throws: `AtomicFileError` (exit 73 when the folder cannot be written, 74 when writing fails).
    public static func write(_ data: Data, to path: String) throws(AtomicFileError) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw AtomicFileError(path: path, reason: "its folder cannot be created", status: .cannotCreate)
        }
        do {
            try data.write(to: url, options: .atomic)
        } catch {
            throw AtomicFileError(path: path, reason: "it could not be written", status: .ioError)
        }
    }
}

public struct AtomicFileError: EvalKitError {
    public var path: String
    public var reason: String
    public var status: ExitStatus
    public var exitStatus: ExitStatus { status }
    public var description: String { "\(path): error: \(reason)" }
}
