import EvalKitCore
import EvalKitImport
import EvalKitStore
import EvalKitXML
import Foundation

/// The parsed project or codebook file of an import and, for a `.qdpx`, its archive, from which
/// source texts are read on demand.
struct REFIInput {
    /// The most bytes the project file (`project.qde`) may have.
    static let projectLimit: UInt64 = 64 << 20

    let path: String
    let root: XMLElement
    private let zip: SafeZipReader?
    var tolerated: [String] = []

    /// A file whose source texts are all inline (a Taguette project): no XML, no archive.
    init(inlineTextsAt path: String) {
        self.path = path
        root = XMLElement(name: "Project", location: SourceLocation(file: path, line: 1, column: 1))
        zip = nil
    }

    /// A file that cannot be read, as the import says it.
    static func refusal(_ error: FileReadError) -> REFIImportError {
        switch error.reason {
        case .tooLarge(let size, _): .tooLarge(path: error.path, bytes: UInt64(size), limit: projectLimit)
        case .missing: .missing(path: error.path)
        case .isDirectory, .unreadable: .unreadable(path: error.path, why: error.sentence)
        }
    }

    /// Whether `path` is an SQLite file (a Taguette project), by its name or its first bytes.
    static func isSQLite(_ path: String) -> Bool {
        if ["sqlite3", "sqlite", "db"].contains((path as NSString).pathExtension.lowercased()) { return true }
        guard (try? FileReader.regularFileSize(path)) != nil, let handle = FileHandle(forReadingAtPath: path) else {
            return false
        }
        defer { try? handle.close() }
        return TaguetteProject.looksLikeSQLite((try? handle.read(upToCount: 16)) ?? Data())
    }

    init(path: String) throws(REFIImportError) {
        self.path = path
        do {
            _ = try FileReader.regularFileSize(path)
        } catch {
            throw Self.refusal(error)
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .unreadable(path: path, why: "cannot be read (permission denied)")
        }
        let magic = (try? handle.read(upToCount: 4)) ?? Data()
        try? handle.close()
        let isZip = path.lowercased().hasSuffix(".qdpx") || magic.starts(with: [0x50, 0x4B, 0x03, 0x04])
        let bytes: [UInt8]
        let entry: String?
        if isZip {
            let zip = try Self.catching(path) {
                try SafeZipReader(path: path) {
                    $0.lowercased().hasSuffix(".qde") ? Self.projectLimit : SafeZipReader.entryLimit
                }
            }
            let name: String
            if zip.contains("project.qde") {
                name = "project.qde"
            } else if let other = zip.names.first(where: { !$0.contains("/") && $0.lowercased().hasSuffix(".qde") }) {
                name = other
                tolerated.append("the project file is named '\(other)', not project.qde")
            } else {
                throw .noProject(path: path)
            }
            guard let read = try Self.catching(path, { try zip.read(name) }) else { throw .noProject(path: path) }
            bytes = read
            entry = name
            self.zip = zip
        } else {
            do {
                bytes = try FileReader.read(path, limit: Int(Self.projectLimit))
            } catch {
                throw Self.refusal(error)
            }
            entry = nil
            zip = nil
        }
        do {
            root = try XMLDocument.parse(bytes, fileName: entry ?? URL(fileURLWithPath: path).lastPathComponent).root
        } catch {
            throw .invalidXML(path: path, entry: entry, problems: error.diagnostics.map(\.description))
        }
        if zip == nil && root.name == "Project" {
            tolerated.append("a bare project file, not a .qdpx archive: the source texts are not included")
        }
    }

    /// Refuses an archive whose text sources name files it does not hold: such a project is
    /// incomplete, and importing part of it would look like success.
    func checkSourceFiles(_ sources: [REFIDocument.TextSource]) throws(REFIImportError) {
        guard let zip else { return }
        for source in sources where source.plainTextContent == nil {
            guard let location = source.plainTextPath, let name = Self.internalName(location) else { continue }
            if Self.entry(for: name, in: zip) == nil {
                throw .missingSourceFile(path: path, source: source.name, location: location)
            }
        }
    }

    /// The archive entry of a source file: under `sources/` as the standard says, under
    /// `Sources/`, at the root, or anywhere with the same file name (tools differ).
    private static func entry(for name: String, in zip: SafeZipReader) -> String? {
        for candidate in ["sources/" + name, "Sources/" + name, name] where zip.contains(candidate) { return candidate }
        let base = (name as NSString).lastPathComponent
        return zip.names.first { ($0 as NSString).lastPathComponent == base }
    }

    /// The archive entry an `internal://` path names; nil for any other path.
    private static func internalName(_ location: String) -> String? {
        guard location.hasPrefix("internal://") else { return nil }
        return String(location.dropFirst("internal://".count))
    }

    /// The memo made of a selection's notes, joined by blank lines; nil when it has none with text.
    func memo(of selection: REFIDocument.Selection, in document: REFIDocument) throws(REFIImportError) -> String? {
        let texts = try notes(selection.noteGUIDs, in: document)
        return texts.isEmpty ? nil : texts.joined(separator: "\n\n")
    }

    /// The texts of the notes `guids` name, those with text only.
    func notes(_ guids: [String], in document: REFIDocument) throws(REFIImportError) -> [String] {
        var texts: [String] = []
        for guid in guids {
            guard let note = document.notes[REFIDocument.key(guid)] else { continue }
            let source = REFIDocument.TextSource(
                guid: guid, name: "", plainTextPath: note.plainTextPath, plainTextContent: note.plainTextContent,
                selections: [])
            if let text = try text(of: source)?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty {
                texts.append(text)
            }
        }
        return texts
    }

    /// The text of a source: its `<PlainTextContent>`, else its file in the archive; nil when neither is there.
    /// Only `internal://` paths are read: nothing outside the archive is ever opened.
    func text(of source: REFIDocument.TextSource) throws(REFIImportError) -> String? {
        if let content = source.plainTextContent { return content }
        guard let zip, let location = source.plainTextPath, let name = Self.internalName(location) else { return nil }
        guard SafeZipReader.unsafeName(name) == nil, let entry = Self.entry(for: name, in: zip) else { return nil }
        guard let bytes = try Self.catching(path, { try zip.read(entry) }) else { return nil }
        var data = bytes[...]
        if data.starts(with: [0xEF, 0xBB, 0xBF]) { data = data.dropFirst(3) }
        return String(validating: data, as: UTF8.self)
    }

    /// Runs `body`, turning an archive's refusal into the import's.
    private static func catching<T>(_ path: String, _ body: () throws -> T) throws(REFIImportError) -> T {
        do {
            return try body()
        } catch let error as ZipReadError {
            switch error {
            case .notAZip: throw .notAZip(path: path)
            case .unsafeEntry(let entry, let reason): throw .unsafeEntry(path: path, entry: entry, reason: reason)
            }
        } catch let error as REFIImportError {
            throw error
        } catch {
            throw .notAZip(path: path)
        }
    }
}
