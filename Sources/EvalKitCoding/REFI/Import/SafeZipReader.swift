import Foundation
import ZIPFoundation

/// Reads a `.qdpx` zip without trusting it: every entry name is checked before anything is
/// read (no `..`, no absolute path, no backslash, no link), an entry that declares more than
/// its limit is refused, and inflating stops as soon as an entry yields more than it declares
/// (a zip bomb). Entries are read into memory only, never extracted to disk.
struct SafeZipReader {
    /// The most bytes a source text (or any entry but the project file) may declare.
    static let entryLimit: UInt64 = 256 << 20
    /// The most bytes the project file (`project.qde`) may declare.
    static let projectLimit: UInt64 = 64 << 20
    /// The most entries an archive may hold.
    static let entryCountLimit = 100_000

    let path: String
    private let archive: Archive
    private var entries: [String: Entry] = [:]
    /// Entry paths in archive order.
    private(set) var names: [String] = []

    init(path: String) throws(REFIImportError) {
        self.path = path
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw .notAZip(path: path)
        }
        var count = 0
        for entry in archive {
            count += 1
            guard count <= Self.entryCountLimit else {
                throw .unsafeEntry(
                    path: path, entry: entry.path, reason: "the archive holds more than \(Self.entryCountLimit) entries"
                )
            }
            let name = entry.path
            if let reason = Self.unsafeName(name) { throw .unsafeEntry(path: path, entry: name, reason: reason) }
            if entry.type == .symlink {
                throw .unsafeEntry(path: path, entry: name, reason: "it is a symbolic link")
            }
            guard entries[name] == nil else {
                throw .unsafeEntry(path: path, entry: name, reason: "the archive holds two entries of this name")
            }
            let limit = name.lowercased().hasSuffix(".qde") ? Self.projectLimit : Self.entryLimit
            if entry.uncompressedSize > limit {
                throw .unsafeEntry(
                    path: path, entry: name,
                    reason: "it declares \(entry.uncompressedSize) bytes, more than the limit of \(limit)")
            }
            entries[name] = entry
            names.append(name)
        }
        if names.isEmpty { throw .notAZip(path: path) }
    }

    /// Why an entry name is unsafe, or nil.
    static func unsafeName(_ name: String) -> String? {
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

    func contains(_ name: String) -> Bool { entries[name] != nil }

    /// The bytes of one entry; nil when there is no such entry.
    func read(_ name: String) throws(REFIImportError) -> [UInt8]? {
        guard let entry = entries[name], entry.type == .file else { return nil }
        let declared = entry.uncompressedSize
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(min(declared, 1 << 20)))
        var overflow = false
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                guard UInt64(bytes.count) + UInt64(chunk.count) <= declared else {
                    overflow = true
                    throw CocoaError(.fileReadTooLarge)
                }
                bytes.append(contentsOf: chunk)
            }
        } catch {
            if overflow {
                throw .unsafeEntry(
                    path: path, entry: name,
                    reason: "it inflates to more than the \(declared) bytes it declares (a zip bomb?)")
            }
            throw .unsafeEntry(path: path, entry: name, reason: "its data is corrupt")
        }
        guard UInt64(bytes.count) == declared else {
            throw .unsafeEntry(
                path: path, entry: name, reason: "its data is shorter than the \(declared) bytes it declares")
        }
        return bytes
    }
}
