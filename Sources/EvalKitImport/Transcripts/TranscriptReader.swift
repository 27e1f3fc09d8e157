import Crypto
import EvalKitCore
import EvalKitXML
import Foundation

/// A transcript's text as lines, and a digest of that text.
public struct Transcript: Sendable {
    public enum Format: String, Sendable {
        case plainText = "text"
        case word = "docx"
        case openDocument = "odt"
    }

    public var format: Format
    /// The lines; for .docx and .odt, paragraphs (numbered from 1 as lines are).
    public var lines: [String]

    /// SHA-256 of the text (lines joined by LF), in hex: the same text imported twice, even
    /// saved in another format, is recognised. Never derived from the file's name.
    public var digest: String { Self.digest(of: lines.joined(separator: "\n")) }

    /// SHA-256 of `text` (UTF-8), in hex.
    public static func digest(of text: String) -> String {
        SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}

/// Reads transcripts: plain text and Markdown (UTF-8, or UTF-16 with a byte order mark), Word
/// .docx and OpenDocument .odt (their XML through EvalKitXML, the archive through
/// `SafeZipReader`). Anything else is refused with the reason.
public enum TranscriptReader {
    /// The most characters one transcript may hold: a two-hour interview is about 100,000.
    public static let characterLimit = 4_000_000
    /// The most bytes a file, or a part inside a .docx or .odt, may have.
    public static let byteLimit = 32 << 20

    public static func read(path: String) throws(TranscriptError) -> Transcript {
        let format = try format(of: path)
        let bytes: [UInt8]
        do {
            bytes = try FileReader.read(path, limit: byteLimit)
        } catch {
            throw .file(error)
        }
        let lines: [String]
        switch format {
        case .plainText:
            do {
                lines = try TranscriptText.lines(bytes)
            } catch {
                switch error {
                case .binary(let line): throw .binary(path: path, line: line)
                case .invalid(let line, let column): throw .invalidText(path: path, line: line, column: column)
                }
            }
        case .word:
            lines = DocumentText.word(try part("word/document.xml", of: path))
        case .openDocument:
            lines = DocumentText.openDocument(try part("content.xml", of: path))
        }
        let characters = lines.reduce(0) { $0 + $1.unicodeScalars.count }
        if characters > characterLimit { throw .tooLong(path: path, characters: characters, limit: characterLimit) }
        if lines.allSatisfy({ $0.allSatisfy(\.isWhitespace) }) { throw .empty(path: path) }
        return Transcript(format: format, lines: lines)
    }

    /// The format by the file's extension, or a refusal that says what to do.
    static func format(of path: String) throws(TranscriptError) -> Transcript.Format {
        switch (path as NSString).pathExtension.lowercased() {
        case "txt", "text", "md", "markdown": return .plainText
        case "docx": return .word
        case "odt": return .openDocument
        case "doc":
            throw .unsupportedFormat(
                path: path, advice: "an old Word file (.doc) is not read; save it as .docx or .txt")
        case "rtf", "pdf", "pages", "html", "htm":
            throw .unsupportedFormat(
                path: path, advice: "this format is not read; save the transcript as .txt, .md, .docx or .odt")
        default:
            throw .unsupportedFormat(
                path: path, advice: "not a transcript file EvalKit reads (.txt, .md, .docx or .odt)")
        }
    }

    /// The root element of the XML part `name` inside the zip at `path`.
    private static func part(_ name: String, of path: String) throws(TranscriptError) -> XMLElement {
        let bytes: [UInt8]
        do {
            let zip = try SafeZipReader(path: path) { _ in UInt64(byteLimit) }
            guard let read = try zip.read(name) else { throw TranscriptError.missingPart(path: path, part: name) }
            bytes = read
        } catch let error as ZipReadError {
            throw .archive(path: path, error)
        } catch let error as TranscriptError {
            throw error
        } catch {
            throw .archive(path: path, .notAZip)
        }
        do {
            return try XMLDocument.parse(bytes, fileName: name).root
        } catch {
            throw .invalidXML(path: path, part: name, problems: error.diagnostics.map(\.description))
        }
    }
}
