import Foundation
import ZIPFoundation

/// Why a zip archive (a `.qdpx`, `.docx`, `.odt` or `.xlsx`) was not read.
public enum ZipReadError: Error, Equatable, Sendable {
    /// Not a zip archive that can be read, or one without entries.
    case notAZip
    /// An entry that cannot be read safely: its name, its size, or its data.
    case unsafeEntry(entry: String, reason: String)
}

/// Reads a zip archive without trusting it: every entry name is checked before anything is
/// read (no `..`, no absolute path, no backslash, no link), an entry that declares more than
/// its limit is refused, and inflating stops as soon as an entry yields more than it declares
/// (a zip bomb). Entries are read into memory only, never extracted to disk.
public struct SafeZipReader {
    /// The most bytes an entry may declare, unless the caller says otherwise.
    public static let entryLimit: UInt64 = 256 << 20
    /// The most entries an archive may hold.
    public static let entryCountLimit = 100_000

    public let path: String
    private let archive: Archive
    private var entries: [String: Entry] = [:]
    /// Entry paths in archive order.
    public private(set) var names: [String] = []

    /// Opens the archive at `path` and checks every entry's name and declared size.
    /// - Parameter limit: the most bytes the entry of a given name may declare.
    public init(path: String, limit: (String) -> UInt64 = { _ in SafeZipReader.entryLimit }) throws(ZipReadError) {
        self.path = path
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw .notAZip
        }
        var count = 0
        for entry in archive {
            count += 1
            guard count <= Self.entryCountLimit else {
                throw .unsafeEntry(
                    entry: entry.path, reason: "the archive holds more than \(Self.entryCountLimit) entries")
            }
            let name = entry.path
            if let reason = Self.unsafeName(name) { throw .unsafeEntry(entry: name, reason: reason) }
            if entry.type == .symlink {
                throw .unsafeEntry(entry: name, reason: "it is a symbolic link")
            }
            guard entries[name] == nil else {
                throw .unsafeEntry(entry: name, reason: "the archive holds two entries of this name")
            }
            let limit = limit(name)
            if entry.uncompressedSize > limit {
                throw .unsafeEntry(
                    entry: name, reason: "it declares \(entry.uncompressedSize) bytes, more than the limit of \(limit)")
            }
            entries[name] = entry
            names.append(name)
        }
        if names.isEmpty { throw .notAZip }
    }

    /// Why an entry name is unsafe, or nil.
    public static func unsafeName(_ name: String) -> String? {
        if name.contains("\\") { return "its name contains a backslash" }
        if name.hasPrefix("/") { return "its name is an absolute path" }
        let scalars = Array(name.unicodeScalars)
        if scalars.count >= 2, scalars[1] == ":", scalars[0].properties.isAlphabetic {
            return "its name is an absolute path"
        }
        if name.split(separator: "/", omittingEmptySubsequences: false).contains("..") {
            return "its name contains '..'"
        }
        if name.unicodeScalars.contains(where: { $0.value < 0x20 }) { return "its name contains a control character" }
        return nil
    }

    public func contains(_ name: String) -> Bool { entries[name] != nil }

    /// The bytes of one entry; nil when there is no such entry.
    public func read(_ name: String) throws(ZipReadError) -> [UInt8]? {
        guard let entry = entries[name], entry.type == .file else { return nil }
        let declared = entry.uncompressedSize
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(min(declared, 1 << 20)))
        var overflow = false
        var checksum: CRC32 = 0
        do {
            checksum = try archive.extract(entry, skipCRC32: false) { chunk in
                guard UInt64(bytes.count) + UInt64(chunk.count) <= declared else {
                    overflow = true
                    throw CocoaError(.fileReadTooLarge)
                }
                bytes.append(contentsOf: chunk)
            }
        } catch {
            if overflow {
                throw .unsafeEntry(
                    entry: name, reason: "it inflates to more than the \(declared) bytes it declares (a zip bomb?)")
            }
            throw .unsafeEntry(entry: name, reason: "its data is corrupt")
        }
        guard UInt64(bytes.count) == declared else {
            throw .unsafeEntry(entry: name, reason: "its data is shorter than the \(declared) bytes it declares")
        }
        // ZIPFoundation computes the checksum of what it read; comparing it is the reader's job.
        guard checksum == entry.checksum else {
            throw .unsafeEntry(entry: name, reason: "its CRC-32 does not match its data (the file is damaged)")
        }
        return bytes
    }
}
