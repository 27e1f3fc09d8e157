import ArgumentParser
import EvalKitCoding
import EvalKitCore
import EvalKitStore

struct CodeCooccurrenceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cooccurrence",
        abstract: "Count, for each pair of codes, the answers on which both occur.",
        discussion: """
            Rows and columns are the codebook's codes in codebook order. A cell is the number of \
            answers coded with both codes; the diagonal is the number of answers with the code. \
            See docs/analysis-tables.md.

            Exit status: 0 success, 64 wrong usage, 65 no codebook in the project database yet.
            """
    )

    @OptionGroup var projectOptions: ProjectOptions

    @OptionGroup var tableOptions: CodeTableOptions

    func run() throws {
        let layout = try projectOptions.layout()
        _ = try loadValidProject(layout)
        let store = try openStoreWithCodebook(layout)
        let table = try CodeCooccurrenceTable.make(store: store, coder: tableOptions.coder)
        print(try table.rendered(as: tableOptions.format.format), terminator: "")
    }
}
