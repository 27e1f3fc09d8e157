import EvalKitXML
import Foundation
import Testing
import ZIPFoundation

/// A `.qdpx` written by a command, read back: its entries, and its project file parsed.
struct QDPXFile {
    let archive: Archive

    init(_ path: String) throws {
        archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
    }

    /// The entry paths, in archive order.
    var paths: [String] { archive.map(\.path) }

    /// The bytes of one entry.
    func contents(_ path: String) throws -> Data {
        var data = Data()
        _ = try archive.extract(try #require(archive[path])) { data.append($0) }
        return data
    }

    /// The root element of `project.qde`.
    func project() throws -> XMLElement {
        try XMLDocument.parse([UInt8](try contents("project.qde")), fileName: "project.qde").root
    }

    /// The text of a source file of the archive.
    func sourceText(guid: String) throws -> String {
        String(decoding: try contents("sources/\(guid).txt"), as: UTF8.self)
    }
}
