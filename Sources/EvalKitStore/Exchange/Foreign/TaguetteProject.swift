public import EvalKitCore
import Foundation
internal import GRDB

/// A Taguette project file (`project.sqlite3`, as Taguette exports a project), read-only:
/// documents (their contents are HTML), tags, and highlights with their tags. Highlight
/// offsets are UTF-8 byte offsets into the text of the document's HTML, as Taguette counts.
///
/// The file is opened read-only and never changed. Only the tables named here are read.
public struct TaguetteProject: Sendable {
    public struct Document: Sendable, Equatable {
        public var id: Int64
        public var contents: String
    }

    public struct Tag: Sendable, Equatable {
        public var id: Int64
        public var path: String
        public var description: String
    }

    public struct Highlight: Sendable, Equatable {
        public var id: Int64
        public var documentID: Int64
        public var startByte: Int
        public var endByte: Int
        public var tagIDs: [Int64]
    }

    public var documents: [Document]
    public var tags: [Tag]
    public var highlights: [Highlight]

    /// Why a file could not be read as a Taguette project (exit 65).
    public struct ReadError: EvalKitError {
        public var path: String
        public var reason: String
        public var exitStatus: ExitStatus { .dataError }
        public var location: String? { path }
        public var sentence: String { reason + "; nothing was imported." }
    }

    /// The largest project file read.
    public static let sizeLimit = 512 << 20

    /// Whether `bytes` start like an SQLite database file.
    public static func looksLikeSQLite(_ bytes: some Collection<UInt8>) -> Bool {
        bytes.starts(with: Array("SQLite format 3\0".utf8))
    }

    public static func read(path: String) throws(ReadError) -> TaguetteProject {
        // SQLite would wait forever on a pipe: only regular files are opened.
        let size: Int
        do {
            size = try FileReader.regularFileSize(path)
        } catch {
            throw ReadError(path: path, reason: error.sentence)
        }
        guard size <= sizeLimit else {
            throw ReadError(path: path, reason: "the file has \(size) bytes, more than the limit of \(sizeLimit)")
        }
        var configuration = Configuration()
        configuration.readonly = true
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            defer { try? queue.close() }
            return try queue.read { db in
                for table in ["documents", "tags", "highlights", "highlight_tags"] where try !db.tableExists(table) {
                    throw ReadError(path: path, reason: "not a Taguette project file (it has no '\(table)' table)")
                }
                // Values are decoded with checks: a NULL or a wrong type is refused, never trusted.
                var tagsByHighlight: [Int64: [Int64]] = [:]
                for row in try Row.fetchAll(db, sql: "SELECT highlight_id, tag_id FROM highlight_tags ORDER BY tag_id")
                {
                    let highlight: Int64 = try row.value("highlight_id", in: "highlight_tags")
                    tagsByHighlight[highlight, default: []].append(try row.value("tag_id", in: "highlight_tags"))
                }
                return TaguetteProject(
                    documents: try Row.fetchAll(db, sql: "SELECT id, contents FROM documents ORDER BY id").map {
                        Document(
                            id: try $0.value("id", in: "documents"),
                            contents: try $0.value("contents", in: "documents", as: String?.self) ?? "")
                    },
                    tags: try Row.fetchAll(db, sql: "SELECT id, path, description FROM tags ORDER BY id").map {
                        Tag(
                            id: try $0.value("id", in: "tags"),
                            path: try $0.value("path", in: "tags", as: String?.self) ?? "",
                            description: try $0.value("description", in: "tags", as: String?.self) ?? "")
                    },
                    highlights: try Row.fetchAll(
                        db, sql: "SELECT id, document_id, start_offset, end_offset FROM highlights ORDER BY id"
                    ).map {
                        let id: Int64 = try $0.value("id", in: "highlights")
                        return Highlight(
                            id: id, documentID: try $0.value("document_id", in: "highlights"),
                            startByte: try $0.value("start_offset", in: "highlights"),
                            endByte: try $0.value("end_offset", in: "highlights"), tagIDs: tagsByHighlight[id] ?? [])
                    })
            }
        } catch let error as ReadError {
            throw error
        } catch is Refusal {
            throw ReadError(path: path, reason: "not a Taguette project file (a value of an unexpected type)")
        } catch {
            throw ReadError(path: path, reason: "not a readable SQLite database (\(error))")
        }
    }
}
