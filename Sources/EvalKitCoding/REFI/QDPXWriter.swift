public import EvalKitCore
public import EvalKitInstruments
public import EvalKitStore
import Foundation
import ZIPFoundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Packs a `ProjectExporter` export into a `.qdpx` zip: `project.qde` and `sources/<guid>.txt` (UTF-8).
///
/// The zip is built in a temporary file next to the target (with `project.qde` streamed to a second
/// temporary file first) and renamed into place, so a reader never sees half an archive and a failed
/// export leaves nothing behind.
public enum QDPXWriter {
    /// - Throws: `ProjectExportError` (`cannotCreate`, exit 73, when the target's folder cannot be created).
    @discardableResult
    public static func write(
        _ exporter: ProjectExporter, store: ProjectStore, codebook: Codebook?, to path: String
    ) throws(ProjectExportError) -> ProjectExporter.Summary {
        let target = URL(fileURLWithPath: path)
        let folder = target.deletingLastPathComponent()
        do {
            try AtomicFile.checkReplaceable(path)
        } catch {
            throw .notReplaceable(error)
        }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .cannotCreate(path: path)
        }
        let stem = ".\(target.lastPathComponent).\(UUID().uuidString)"
        let zipURL = folder.appendingPathComponent(stem + ".tmp")
        let qdeURL = folder.appendingPathComponent(stem + ".qde.tmp")
        defer {
            try? FileManager.default.removeItem(at: qdeURL)
            try? FileManager.default.removeItem(at: zipURL)
        }
        let summary = try buildArchive(exporter, store: store, codebook: codebook, zip: zipURL, qde: qdeURL)
        guard rename(zipURL.path, target.path) == 0 else {
            throw .writing("\(path): the archive could not be moved into place")
        }
        return summary
    }

    private static func buildArchive(
        _ exporter: ProjectExporter, store: ProjectStore, codebook: Codebook?, zip: URL, qde: URL
    ) throws(ProjectExportError) -> ProjectExporter.Summary {
        let archive: Archive
        let handle: FileHandle
        do {
            archive = try Archive(url: zip, accessMode: .create)
            guard FileManager.default.createFile(atPath: qde.path, contents: nil) else {
                throw CocoaError(.fileWriteUnknown)
            }
            handle = try FileHandle(forWritingTo: qde)
        } catch {
            throw .writing("\(zip.deletingLastPathComponent().path): a temporary file could not be created")
        }
        defer { try? handle.close() }
        let summary = try exporter.write(
            store: store, codebook: codebook, qde: { try handle.write(contentsOf: Data($0)) },
            source: { guid, text in
                let data = Data(text.utf8)
                try archive.addEntry(
                    with: "sources/\(guid).txt", type: .file, uncompressedSize: Int64(data.count),
                    compressionMethod: .deflate
                ) { position, size in
                    data.subdata(in: Int(position)..<(Int(position) + size))
                }
            })
        do {
            try handle.close()
            try archive.addEntry(with: "project.qde", fileURL: qde, compressionMethod: .deflate)
        } catch {
            throw .writing("project.qde could not be added to the archive: \(error)")
        }
        return summary
    }
}

/// Why a project could not be exported.
public enum ProjectExportError: EvalKitError {
    case reading(StoreError)
    case writing(String)
    case cannotCreate(path: String)
    /// The target exists and is not a regular file.
    case notReplaceable(AtomicFileError)

    public var exitStatus: ExitStatus {
        switch self {
        case .reading(let error): error.exitStatus
        case .writing: .ioError
        case .cannotCreate: .cannotCreate
        case .notReplaceable(let error): error.exitStatus
        }
    }

    public var location: String? {
        switch self {
        case .reading(let error): error.location
        case .writing: nil
        case .cannotCreate(let path): path
        case .notReplaceable(let error): error.location
        }
    }

    public var sentence: String {
        switch self {
        case .reading(let error): error.sentence
        case .writing(let reason): reason
        case .cannotCreate: "its folder cannot be created"
        case .notReplaceable(let error): error.sentence
        }
    }
}
