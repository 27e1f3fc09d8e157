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

    public var location: String? {
        switch self {
        case .file(let error): error.location
        case .unsupportedFormat(let path, _), .empty(let path), .archive(let path, _), .missingPart(let path, _),
            .tooLong(let path, _, _):
            path
        case .binary(let path, let line): "\(path):\(line)"
        case .invalidText(let path, let line, let column), .sideFile(let path, let line, let column, _):
            "\(path):\(line):\(column)"
        case .invalidXML(let path, let part, _): "\(path) (part '\(part)')"
        case .usage: nil
        case .store(let error): error.location
        }
    }

    public var sentence: String {
        let nothing = "; nothing was stored."
        switch self {
        case .file(let error): return error.sentence + nothing
        case .unsupportedFormat(_, let advice): return advice + nothing
        case .empty: return "the file holds no text" + nothing
        case .binary: return "the file holds binary data, not text (a NUL byte)" + nothing
        case .invalidText: return "the text is not valid UTF-8; save the file as UTF-8 text" + nothing
        case .archive(_, .notAZip):
            return "not a readable zip archive (a .docx or .odt file is one); is the file complete?" + nothing
        case .archive(_, .unsafeEntry(let entry, let reason)):
            return "unsafe archive entry '\(entry)': \(reason)" + nothing
        case .missingPart(_, let part):
            return "the document has no '\(part)', so it holds no text EvalKit can read" + nothing
        case .invalidXML(_, _, let problems):
            return "not well-formed XML: \(problems.joined(separator: "; "))" + nothing
        case .tooLong(_, let characters, let limit):
            return "the text has \(characters) characters, more than the limit of \(limit) for one "
                + "transcript; split it into one file per interview" + nothing
        case .usage(let message): return message
        case .sideFile(_, _, _, let message): return message + nothing
        case .store(let error): return error.sentence
        }
    }
}
