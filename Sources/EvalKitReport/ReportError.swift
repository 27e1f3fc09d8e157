public import EvalKitCore

/// Why a report cannot be made or written. It names files and ids, never what a respondent said.
public enum ReportError: EvalKitError, Equatable {
    /// The report has no labels in this language (exit 64).
    case unsupportedLanguage(String)
    /// The project has no database to report on (exit 66).
    case noDatabase(relativePath: String)
    /// `--final` was asked while analyst checks remain (exit 65).
    case checksRemain([String])
    /// `--final` found the project database damaged (exit 65): what `evalkit check` lists.
    case damagedProject([String])
    /// The XML writer failed: a bug in EvalKit (exit 70).
    case xmlNotWritten(String)
    /// The XML does not match report.xsd: a bug in EvalKit (exit 70).
    case schemaMismatch(String)

    public var exitStatus: ExitStatus {
        switch self {
        case .unsupportedLanguage: .usage
        case .noDatabase: .noInput
        case .checksRemain, .damagedProject: .dataError
        case .xmlNotWritten, .schemaMismatch: .software
        }
    }

    public var sentence: String {
        switch self {
        case .unsupportedLanguage(let language):
            "language '\(language)' is not supported; use \(ReportLabels.languages.joined(separator: " or "))"
        case .noDatabase(let path):
            "the project has no database yet (\(path)): run interviews or import coding first"
        case .checksRemain(let checks):
            "the report still has \(checks.count) analyst check\(checks.count == 1 ? "" : "s"), so --final "
                + "wrote nothing:\n" + checks.map { "  - " + $0 }.joined(separator: "\n")
        case .damagedProject(let problems):
            "the project database has \(problems.count) problem\(problems.count == 1 ? "" : "s"), so --final wrote "
                + "nothing (restore damaged data from a backup or a bundle):\n"
                + problems.map { "  - " + $0 }.joined(separator: "\n")
        case .xmlNotWritten(let detail): "the report XML could not be written (a bug in EvalKit): \(detail)"
        case .schemaMismatch(let detail):
            "the report XML does not match report.xsd, so it was not written (a bug in EvalKit): \(detail)"
        }
    }
}
