import EvalKitTestSupport
import Foundation
import ZIPFoundation

/// Word and OpenDocument files written by the tests, with the least each format needs.
enum TestDocuments {
    static func zip(_ entries: [(String, String)], at path: String) throws {
        try? FileManager.default.removeItem(atPath: path)
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
        for (name, text) in entries {
            let data = Data(text.utf8)
            try archive.addEntry(
                with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate
            ) { position, size in data.subdata(in: Int(position)..<(Int(position) + size)) }
        }
    }

    /// A .docx whose body is `body` (WordprocessingML inside `<w:body>`).
    static func word(body: String, at path: String) throws {
        let document = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>\(body)\
            <w:sectPr/></w:body></w:document>
            """
        try zip(
            [
                (
                    "[Content_Types].xml",
                    "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                ),
                ("word/document.xml", document),
            ], at: path)
    }

    /// Paragraphs of plain runs.
    static func wordParagraphs(_ lines: [String]) -> String {
        lines.map { "<w:p><w:r><w:t xml:space=\"preserve\">\(escaped($0))</w:t></w:r></w:p>" }.joined()
    }

    /// An .odt whose text is `body` (inside `<office:text>`).
    static func openDocument(body: String, at path: String) throws {
        let content = """
            <?xml version="1.0" encoding="UTF-8"?>
            <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
            xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
            xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.3">\
            <office:body><office:text>\(body)</office:text></office:body></office:document-content>
            """
        try zip([("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", content)], at: path)
    }

    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
    }
}
