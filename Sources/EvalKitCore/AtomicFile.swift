public import Foundation

/// Writes files so that a reader never sees half of one: the bytes go to a temporary file
/// in the same folder, which is then renamed over the target.
public enum AtomicFile {
    /// Refuses an existing `path` that is not a regular file: renaming over a device, a pipe,
    /// a symbolic link or a folder would replace it (or write through it), so no command does.
    /// - Throws: `AtomicFileError` with exit 73, naming the path.
    public static func checkReplaceable(_ path: String) throws(AtomicFileError) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw AtomicFileError(
                path: path,
                reason: "it exists and is not a regular file (a device, pipe, link or folder); it is left "
                    + "as it is: choose another name", status: .cannotCreate)
        }
    }

    /// - Throws: `AtomicFileError` (exit 73 when the folder cannot be written or the path is
    ///   not a regular file, 74 when writing fails).
    public static func write(_ data: Data, to path: String) throws(AtomicFileError) {
        try checkReplaceable(path)
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
        try checkReplaceable(path)
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
    public var location: String? { path }
    public var sentence: String { reason }
}
