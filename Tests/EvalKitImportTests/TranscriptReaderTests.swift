import EvalKitCore
import EvalKitTestSupport
import Foundation
import Testing
import ZIPFoundation

@testable import EvalKitImport

struct TranscriptReaderTests {
    private func read(_ bytes: [UInt8], as name: String = "notes.txt") throws -> [String] {
        let folder = try TemporaryDirectory()
        let path = folder.file(name)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return try TranscriptReader.read(path: path).lines
    }

    private func refusal(_ bytes: [UInt8], as name: String = "notes.txt") throws -> (String, EvalKitCore.ExitStatus) {
        let folder = try TemporaryDirectory()
        let path = folder.file(name)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        do {
            _ = try TranscriptReader.read(path: path)
            Issue.record("\(name) was read")
            return ("", .success)
        } catch {
            return (error.description.replacingOccurrences(of: path, with: "FILE"), error.exitStatus)
        }
    }

    @Test func utf8WithAndWithoutByteOrderMarkAndEveryLineEnding() throws {
        let text = "Tôi sợ.\r\nRất sợ.\rHết.\nCuối"
        #expect(try read(Array(text.utf8)) == ["Tôi sợ.", "Rất sợ.", "Hết.", "Cuối"])
        #expect(try read([0xEF, 0xBB, 0xBF] + Array(text.utf8)) == ["Tôi sợ.", "Rất sợ.", "Hết.", "Cuối"])
    }

    @Test func utf16WithByteOrderMark() throws {
        let text = "Nợ nần\r\nxong"
        let little: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(try read(little) == ["Nợ nần", "xong"])
        #expect(try read(big) == ["Nợ nần", "xong"])
    }

    @Test func invalidUTF8IsRefusedAtItsLineAndColumn() throws {
        let (message, status) = try refusal(Array("first\nabcd".utf8) + [0xC3, 0x28] + Array(" rest".utf8))
        #expect(status == .dataError)
        #expect(
            message == "FILE:2:5: error: the text is not valid UTF-8; save the file as UTF-8 text; nothing was stored.")
    }

    @Test func binaryDataIsRefused() throws {
        let (message, status) = try refusal(Array("a\nb\nc".utf8) + [0, 1, 2])
        #expect(status == .dataError)
        #expect(message == "FILE:3: error: the file holds binary data, not text (a NUL byte); nothing was stored.")
    }

    @Test func anEmptyFileIsRefused() throws {
        let (message, status) = try refusal(Array(" \n\t\n".utf8))
        #expect(status == .dataError)
        #expect(message == "FILE: error: the file holds no text; nothing was stored.")
    }

    @Test func fiftyMegabytesOfTextAreRefusedBeforeReading() throws {
        let (message, status) = try refusal([UInt8](repeating: 0x61, count: 50 << 20))
        #expect(status == .dataError)
        #expect(message.hasPrefix("FILE: error: file is too large (52428800 bytes; the limit is 33554432 bytes)"))
    }

    @Test func aMissingFileIsMissingInput() throws {
        do {
            _ = try TranscriptReader.read(path: "/nonexistent/notes.txt")
            Issue.record("read")
        } catch {
            #expect(error.exitStatus == .noInput)
            #expect(error.description == "/nonexistent/notes.txt: error: no such file; nothing was stored.")
        }
    }

    @Test func otherFormatsAreRefusedWithWhatToDo() throws {
        #expect(
            try refusal(Array("x".utf8), as: "notes.doc").0
                == "FILE: error: an old Word file (.doc) is not read; save it as .docx or .txt; nothing was stored.")
        #expect(try refusal(Array("%PDF".utf8), as: "notes.pdf").1 == .dataError)
    }

    @Test func wordParagraphsBreaksTablesAndNoDeletedText() throws {
        let folder = try TemporaryDirectory()
        let path = folder.file("ghi chép.docx")
        try TestDocuments.word(
            body: """
                <w:p><w:r><w:t>[before.cause] Vì nhà </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>nghèo</w:t></w:r>\
                <w:del><w:r><w:delText>bỏ</w:delText></w:r></w:del><w:r><w:br/><w:t>dòng hai</w:t></w:r></w:p>\
                <w:p/><w:tbl><w:tr><w:tc><w:p><w:r><w:t>P1</w:t></w:r></w:p></w:tc>\
                <w:tc><w:p><w:r><w:t>Có</w:t></w:r></w:p></w:tc></w:tr></w:tbl>\
                <w:p><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t></w:r></w:p>
                """, at: path)
        #expect(
            try TranscriptReader.read(path: path).lines == [
                "[before.cause] Vì nhà nghèo", "dòng hai", "", "P1 | Có", "a\tb",
            ])
    }

    @Test func openDocumentParagraphsSpacesAndTables() throws {
        let folder = try TemporaryDirectory()
        let path = folder.file("notes.odt")
        try TestDocuments.openDocument(
            body: """
                <text:h>Tiêu đề</text:h><text:p>Một<text:s text:c="3"/>hai <text:span>ba</text:span>\
                <text:line-break/>bốn<text:note><text:note-body><text:p>chú thích</text:p></text:note-body></text:note></text:p>\
                <table:table><table:table-row><table:table-cell><text:p>x</text:p></table:table-cell>\
                <table:table-cell><text:p>y</text:p></table:table-cell></table:table-row></table:table>
                """, at: path)
        #expect(try TranscriptReader.read(path: path).lines == ["Tiêu đề", "Một   hai ba", "bốn", "x | y"])
    }

    @Test func brokenDocumentsAreRefused() throws {
        let folder = try TemporaryDirectory()
        let good = folder.file("good.docx")
        try TestDocuments.word(body: TestDocuments.wordParagraphs(["Xin chào"]), at: good)
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: good)))
        let truncated = try refusal(Array(bytes.prefix(bytes.count / 2)), as: "cut.docx")
        #expect(truncated.1 == .dataError)
        #expect(truncated.0.contains("not a readable zip archive"))
        let noDocument = folder.file("empty.docx")
        try TestDocuments.zip([("[Content_Types].xml", "<Types/>")], at: noDocument)
        do {
            _ = try TranscriptReader.read(path: noDocument)
            Issue.record("read")
        } catch {
            #expect(error.exitStatus == .dataError)
            #expect(
                error.description
                    == "\(noDocument): error: the document has no 'word/document.xml', so it holds no text EvalKit "
                    + "can read; nothing was stored.")
        }
        let notXML = folder.file("bad.odt")
        try TestDocuments.zip([("content.xml", "<office:document-content")], at: notXML)
        do {
            _ = try TranscriptReader.read(path: notXML)
            Issue.record("read")
        } catch {
            #expect(error.description.hasPrefix("\(notXML) (part 'content.xml'): error: not well-formed XML"))
        }
    }

    @Test func theDigestDependsOnTheTextNotTheFormat() throws {
        let folder = try TemporaryDirectory()
        try Data("Một\nHai".utf8).write(to: URL(fileURLWithPath: folder.file("a.txt")))
        try TestDocuments.word(body: TestDocuments.wordParagraphs(["Một", "Hai"]), at: folder.file("b.docx"))
        let first = try TranscriptReader.read(path: folder.file("a.txt")).digest
        #expect(first == (try TranscriptReader.read(path: folder.file("b.docx")).digest))
        #expect(first.count == 64)
    }
}

struct SafeZipReaderTests {
    // A stored entry whose bytes were changed after the checksum was written: refused, not read.
    @Test func anEntryWhoseChecksumDoesNotMatchIsRefused() throws {
        let folder = try TemporaryDirectory()
        let path = folder.file("damaged.zip")
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
        let data = Data("Nợ nần chồng chất.".utf8)
        try archive.addEntry(with: "a.txt", type: .file, uncompressedSize: Int64(data.count), compressionMethod: .none)
        {
            position, size in data.subdata(in: Int(position)..<(Int(position) + size))
        }
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        let offset = try #require(bytes.indices.first { bytes[$0...].starts(with: Array("Nợ".utf8)) })
        bytes[offset] = UInt8(ascii: "X")
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let reader = try SafeZipReader(path: path)
        #expect(
            throws: ZipReadError.unsafeEntry(
                entry: "a.txt", reason: "its CRC-32 does not match its data (the file is damaged)")
        ) {
            _ = try reader.read("a.txt")
        }
    }
}
