import EvalKitCore

/// What a command refuses before any library runs: an argument that names nothing in the
/// project, a folder that cannot be made, a project missing what the command needs.
/// `EvalKitError` renders each case the one way every error is printed.
enum CommandError: EvalKitError, Equatable {
    case cannotCreateFolder(String)
    case demoFoldersNotWritten(String)
    case alreadyAProject(String, holding: [String])
    case noProjectKey(database: String)
    case noStoredCodebook
    case problemsFound(Int)
    case unknownInstrument(String, known: [String])
    case unknownUnit(String, known: [String])
    case unknownTarget(String, criteria: [String], questions: [String])
    case unknownBreakdown(String, known: [String])
    case unknownTableDimension(String, candidates: [String])
    case unknownProfileField(String, known: [String])
    case nothingToExport
    case codersNotNamed
    case unknownCoders([String], known: [String])
    case emptyCoderName
    case oneCoder

    var exitStatus: ExitStatus {
        switch self {
        case .cannotCreateFolder, .demoFoldersNotWritten: .cannotCreate
        case .noProjectKey, .noStoredCodebook, .problemsFound: .dataError
        default: .usage
        }
    }

    var location: String? {
        switch self {
        case .cannotCreateFolder(let path), .demoFoldersNotWritten(let path): path
        case .noProjectKey(let database): database
        default: nil
        }
    }

    var sentence: String {
        switch self {
        case .cannotCreateFolder: "the folder cannot be created"
        case .demoFoldersNotWritten: "the demo project's folders could not be written."
        case .alreadyAProject(let directory, let existing):
            "'\(directory)' already holds a project (\(existing.map { $0 + "/" }.joined(separator: ", "))); "
                + "nothing was changed."
        case .noProjectKey: "the project database has no key yet"
        case .noStoredCodebook:
            "the project database has no codebook yet; run 'evalkit code auto' or code some answers first."
        case .problemsFound(let count):
            "\(count == 1 ? "1 problem" : "\(count) problems") found; see above. Restore damaged data from a backup "
                + "or a bundle."
        case .unknownInstrument(let id, let known):
            "no guide with id '\(id)' in this project.\(Suggestion.didYouMean(id, among: known))"
                + " Known guides: \(Self.list(known.sorted(), empty: "none"))."
        case .unknownUnit(let unit, let known):
            "unknown unit '\(unit)'; use one of \((known + ["unattributed", "all"]).joined(separator: ", "))."
                + Suggestion.didYouMean(unit, among: known + ["unattributed", "all"])
        case .unknownTarget(let target, let criteria, let questions):
            "'\(target)' is neither a criterion nor an evaluation question of the framework "
                + "(criteria: \(criteria.joined(separator: ", ")))."
                + Suggestion.didYouMean(target, among: criteria + questions)
        case .unknownBreakdown(let by, let known):
            "the rubric has no breakdown by '\(by)' (it has \(known.joined(separator: ", ")))."
                + Suggestion.didYouMean(by, among: known)
        case .unknownTableDimension(let argument, let candidates):
            "unknown --by '\(argument)'; use site, unit, group or field:ID."
                + Suggestion.didYouMean(argument, among: candidates)
        case .unknownProfileField(let id, let known):
            "no instrument has a profile field '\(id)'." + Suggestion.didYouMean(id, among: known)
        case .nothingToExport: "nothing to export: give --codebook FILE.qdc and/or --qdpx FILE.qdpx."
        case .codersNotNamed:
            "name the coders to compare with --coders A,B (or pass reliability data with --input FILE.csv)."
        case .unknownCoders(let unknown, let known):
            "no coder \(unknown.map { "'\($0)'" }.joined(separator: ", ")) in this project; "
                + "coders: \(Self.list(known, empty: "none yet"))."
        case .emptyCoderName:
            "--coders has an empty name; list coder names separated by commas, e.g. --coders A,B."
        case .oneCoder: "--coders names one coder; agreement needs two or more, e.g. --coders A,B."
        }
    }

    private static func list(_ items: [String], empty: String) -> String {
        items.isEmpty ? empty : items.joined(separator: ", ")
    }
}
