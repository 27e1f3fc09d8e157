public import EvalKitCore
public import EvalKitStore

/// Why a REFI-QDA file was refused. Every refusal happens before anything is written, so a
/// refused import imports nothing.
public enum REFIImportError: EvalKitError {
    /// The file does not exist or cannot be read.
    case missing(path: String)
    /// A file that is there but cannot be read: a folder, a pipe or device, no permission.
    case unreadable(path: String, why: String)
    /// A `.qdpx` that is not a readable zip archive.
    case notAZip(path: String)
    /// An archive entry that cannot be read safely (its name, its size, or its data).
    case unsafeEntry(path: String, entry: String, reason: String)
    /// The archive holds no project file.
    case noProject(path: String)
    /// A text source names a file inside the archive that the archive does not hold.
    case missingSourceFile(path: String, source: String, location: String)
    /// A file (or archive entry) that is not well-formed XML.
    case invalidXML(path: String, entry: String?, problems: [String])
    /// Well-formed XML that is not a REFI-QDA project or codebook.
    case notREFI(path: String, root: String)
    /// The file is larger than anything EvalKit reads.
    case tooLarge(path: String, bytes: UInt64, limit: UInt64)
    /// A case variable whose value cannot be used for a new session, or a session that cannot
    /// be planned with it.
    case caseValue(path: String, source: String, variable: String, value: String, problem: String)
    /// A number attribute that is not a number in its range.
    case badNumber(path: String, location: SourceLocation, attribute: String, value: String, range: String)
    /// A Taguette project file that cannot be read.
    case taguette(TaguetteProject.ReadError)
    /// The codebook file could not take the new codes.
    case codebook(path: String, problem: String)
    /// The store could not be read or written.
    case store(StoreError)

    public var exitStatus: ExitStatus {
        switch self {
        case .missing, .unreadable: .noInput
        case .store(let error): error.exitStatus
        default: .dataError
        }
    }

    public var location: String? {
        switch self {
        case .missing(let path), .unreadable(let path, _), .notAZip(let path), .unsafeEntry(let path, _, _),
            .noProject(let path),
            .missingSourceFile(let path, _, _), .notREFI(let path, _), .tooLarge(let path, _, _),
            .caseValue(let path, _, _, _, _), .codebook(let path, _):
            path
        case .invalidXML(let path, let entry, _): entry.map { "\(path) (entry '\($0)')" } ?? path
        case .badNumber(let path, let location, _, _, _):
            "\(path) (\(location.file):\(location.line):\(location.column))"
        case .taguette(let error): error.location
        case .store(let error): error.location
        }
    }

    public var sentence: String {
        let nothing = "; nothing was imported."
        switch self {
        case .missing: return "no such file" + nothing
        case .unreadable(_, let why): return why + nothing
        case .notAZip: return "not a readable zip archive (a .qdpx file is a zip)" + nothing
        case .unsafeEntry(_, let entry, let reason): return "unsafe archive entry '\(entry)': \(reason)" + nothing
        case .noProject: return "the archive holds no project.qde (or other .qde file)" + nothing
        case .missingSourceFile(_, let source, let location):
            return "the source '\(source)' names '\(location)', which is not in the archive" + nothing
        case .invalidXML(_, _, let problems):
            return "not well-formed XML: \(problems.joined(separator: "; "))" + nothing
        case .notREFI(_, let root):
            return "the root element <\(root)> is not a REFI-QDA <Project> or <CodeBook>" + nothing
        case .tooLarge(_, let bytes, let limit):
            return "the file has \(bytes) bytes, more than the limit of \(limit)" + nothing
        case .taguette(let error): return error.sentence
        case .badNumber(_, _, let attribute, let value, let range):
            return "\(attribute)=\"\(value)\" is not \(range)" + nothing
        case .caseValue(_, let source, let variable, let value, let problem):
            let what = variable.isEmpty ? "" : " case variable '\(variable)' = '\(value)':"
            return "source '\(source)':\(what) \(problem)" + nothing
        case .codebook(_, let problem):
            return "the new codes could not be added to the codebook: \(problem)" + nothing
        case .store(let error): return error.sentence
        }
    }
}
