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

    /// `write(_:to:)` for a file that is never readable by others, not even for a moment: the
    /// temporary file is created with `permissions` (e.g. 0o600) before any byte is written.
    public static func write(_ data: Data, to path: String, permissions: mode_t) throws(AtomicFileError) {
        let folder = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(
                atPath: folder.isEmpty ? "." : folder, withIntermediateDirectories: true)
        } catch {
            throw AtomicFileError(path: path, reason: "its folder cannot be created", status: .cannotCreate)
        }
        let temporary =
            (folder.isEmpty ? "." : folder) + "/.\((path as NSString).lastPathComponent).\(UUID().uuidString)"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, permissions)
        guard descriptor >= 0 else {
            throw AtomicFileError(path: path, reason: "it could not be created", status: .cannotCreate)
        }
        let written = data.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
        let synced = fsync(descriptor) == 0
        // The umask may have taken bits from open's mode: chmod sets exactly what was asked.
        close(descriptor)
        guard written == data.count, synced, chmod(temporary, permissions) == 0, rename(temporary, path) == 0 else {
            unlink(temporary)
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
