public import EvalKitCore
public import EvalKitStore

/// Why a transcript import stored nothing. Every refusal happens before anything is written.
public enum TranscriptError: EvalKitError {
    /// The file is missing, a folder, unreadable or too large.
    case file(FileReadError)
    /// A format EvalKit does not read, with what to do instead.
    case unsupportedFormat(path: String, advice: String)
    /// The file holds no text.
    case empty(path: String)
    /// Bytes that are not text (a NUL byte), at a line.
    case binary(path: String, line: Int)
    /// Bytes that are not valid UTF-8 (or UTF-16 with its byte order mark), at a line and column.
    case invalidText(path: String, line: Int, column: Int)
    /// A `.docx` or `.odt` that is not a readable zip, or holds an entry that cannot be read safely.
    case archive(path: String, ZipReadError)
    /// A `.docx` or `.odt` without the part that holds its text.
    case missingPart(path: String, part: String)
    /// The document part is not well-formed XML.
    case invalidXML(path: String, part: String, problems: [String])
    /// More text than any transcript has.
    case tooLong(path: String, characters: Int, limit: Int)
    /// Wrong or missing options (consent attestation, profile values, the guide): exit 64.
    case usage(String)
    /// A problem in a side file (roster or profiles CSV) at a line and column.
    case sideFile(path: String, line: Int, column: Int, message: String)
    /// The project database could not be read or written.
    case store(StoreError)

    public var exitStatus: ExitStatus {
        switch self {
        case .file(let error): error.exitStatus
        case .usage: .usage
        case .store(let error): error.exitStatus
        default: .dataError
        }
    }

    public var description: String {
        let nothing = "; nothing was stored."
        switch self {
        case .file(let error): return "\(error)\(nothing)"
        case .unsupportedFormat(let path, let advice): return "\(path): error: \(advice)\(nothing)"
        case .empty(let path): return "\(path): error: the file holds no text\(nothing)"
        case .binary(let path, let line):
            return "\(path):\(line): error: the file holds binary data, not text (a NUL byte)\(nothing)"
        case .invalidText(let path, let line, let column):
            return
                "\(path):\(line):\(column): error: the text is not valid UTF-8; save the file as UTF-8 text\(nothing)"
        case .archive(let path, .notAZip):
            return "\(path): error: not a readable zip archive (a .docx or .odt file is one); is the file complete?"
                + nothing
        case .archive(let path, .unsafeEntry(let entry, let reason)):
            return "\(path): error: unsafe archive entry '\(entry)': \(reason)\(nothing)"
        case .missingPart(let path, let part):
            return "\(path): error: the document has no '\(part)', so it holds no text EvalKit can read\(nothing)"
        case .invalidXML(let path, let part, let problems):
            return "\(path) (part '\(part)'): error: not well-formed XML: \(problems.joined(separator: "; "))\(nothing)"
        case .tooLong(let path, let characters, let limit):
            return "\(path): error: the text has \(characters) characters, more than the limit of \(limit) for one "
                + "transcript; split it into one file per interview\(nothing)"
        case .usage(let message): return "error: \(message)"
        case .sideFile(let path, let line, let column, let message):
            return "\(path):\(line):\(column): error: \(message)\(nothing)"
        case .store(let error): return "\(error)"
        }
    }
}
