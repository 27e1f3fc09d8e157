import Foundation

/// Reads whole input files with a size limit, turning every failure into a `FileReadError`.
public enum FileReader {
    /// Reads `path` into memory.
    /// - Parameter limit: the largest size accepted, in bytes; larger files are refused
    ///   before any byte is read, so a huge file cannot exhaust memory.
    /// - Throws: `FileReadError`.
    public static func read(_ path: String, limit: Int) throws(FileReadError) -> [UInt8] {
        let size = try regularFileSize(path)
        if size > limit { throw FileReadError(path: path, reason: .tooLarge(size: size, limit: limit)) }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw FileReadError(path: path, reason: .unreadable("permission denied"))
        }
        defer { try? handle.close() }
        do {
            // Read one byte past the limit: the file may have grown since it was measured.
            let data = try handle.read(upToCount: limit + 1) ?? Data()
            if data.count > limit {
                throw FileReadError(path: path, reason: .tooLarge(size: data.count, limit: limit))
            }
            return [UInt8](data)
        } catch let error as FileReadError {
            throw error
        } catch {
            throw FileReadError(path: path, reason: .unreadable("read failed"))
        }
    }

    /// The size of `path`, which must be a regular file: opening a pipe blocks until someone
    /// writes to it, and a device such as /dev/zero never ends, so neither is ever opened.
    /// - Throws: `FileReadError` (missing, a folder, not a regular file).
    public static func regularFileSize(_ path: String) throws(FileReadError) -> Int {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw FileReadError(path: path, reason: .missing)
        }
        if isDirectory.boolValue { throw FileReadError(path: path, reason: .isDirectory) }
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            // A pipe would block and a device such as /dev/zero never end: only regular files.
            guard attributes[.type] as? FileAttributeType == .typeRegular else {
                throw FileReadError(path: path, reason: .unreadable("it is not a regular file"))
            }
            return (attributes[.size] as? NSNumber)?.intValue ?? 0
        } catch let error as FileReadError {
            throw error
        } catch {
            throw FileReadError(path: path, reason: .unreadable("its size is unknown"))
        }
    }
}
