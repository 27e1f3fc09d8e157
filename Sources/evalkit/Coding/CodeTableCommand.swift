import ArgumentParser
import EvalKitCoding
import EvalKitCore
import EvalKitInstruments
import EvalKitStore

struct CodeTableCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "table",
        abstract: "Count each code's segments and distinct respondents by site, unit, group or profile field.",
        discussion: """
            Rows are the codebook's codes in codebook order; columns are the values of --by, each with \
            the number of segments and of distinct respondents, then the totals. An FGD group answer \
            counts as one respondent per session; by a profile field it goes under '(group)', and a \
            respondent without a value under '(not given)'. See docs/analysis-tables.md.

            Exit status: 0 success, 64 wrong usage (an unknown --by or field), 65 no codebook in the \
            project database yet.
            """
    )

    @OptionGroup var projectOptions: ProjectOptions

    @Option(help: ArgumentHelp("The columns: site, unit, group or field:ID.", valueName: "dimension"))
    var by: String

    @OptionGroup var tableOptions: CodeTableOptions

    func run() throws {
        let layout = try projectOptions.layout()
        let project = try loadValidProject(layout)
        let dimension = try Self.dimension(by, fields: project.instruments.flatMap { $0.profile.map(\.id) })
        let store = try openStoreWithCodebook(layout)
        let table = try CodeFrequencyTable.make(
            store: store, by: dimension, coder: tableOptions.coder, redactor: project.redactor)
        print(try table.rendered(as: tableOptions.format.format), terminator: "")
    }

    /// The dimension `argument` names; `fields` are the profile field ids of the project.
    static func dimension(_ argument: String, fields: [String]) throws(CommandError) -> CodeTableDimension {
        let known = Set(fields)
        let candidates = ["site", "unit", "group"] + known.sorted().map { "field:\($0)" }
        guard let dimension = CodeTableDimension(argument: argument) else {
            throw CommandError.unknownTableDimension(argument, candidates: candidates)
        }
        if case .field(let id) = dimension, !known.contains(id) {
            throw CommandError.unknownProfileField(id, known: known.sorted())
        }
        return dimension
    }
}

/// `--format` for the analysis tables (the library's `TableFormat` as an argument).
enum TableFormatOption: String, ExpressibleByArgument, CaseIterable {
    case table
    case csv
    case json

    var format: TableFormat { TableFormat(rawValue: rawValue) ?? .table }
}

/// The project database, refused (exit 65) while it holds no codebook to make rows from.
func openStoreWithCodebook(_ layout: ProjectLayout) throws -> ProjectStore {
    let store = try openExistingStore(layout, access: .readOnly)
    guard try !store.storedCodes().isEmpty else {
        throw CommandError.noStoredCodebook
    }
    return store
}

/// The options both code tables share.
struct CodeTableOptions: ParsableArguments {
    @Option(help: "Count only this coder's segments (default: every coder's).")
    var coder: String?

    @Option(help: "Output format: table, csv or json.")
    var format: TableFormatOption = .table
}
