import ArgumentParser
import EvalKitCoding
import EvalKitCore
import EvalKitInstruments
import Foundation

struct RefiCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "refi",
        abstract: "Exchange coding with other QDA programs through REFI-QDA files.",
        discussion: """
            REFI-QDA is the exchange standard of QDA programs such as ATLAS.ti, MAXQDA, NVivo and \
            QualCoder. So far EvalKit exports the codebook as a .qdc file; importing and .qdpx projects \
            are not available yet. See docs/refi-qda.md.
            """,
        subcommands: [RefiExportCommand.self]
    )
}

struct RefiExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the project's codebook as a REFI-QDA codebook (.qdc).",
        discussion: """
            Every code becomes a <Code> with its English name, its colour and a description made of \
            its 'use', 'do not use' and example texts; child codes stay nested. A code keeps the same \
            GUID in every export, so re-importing updates codes instead of duplicating them. \
            Translations are not exported: REFI-QDA has one name per code. The file is written \
            atomically and validates against the official Codebook.xsd.

            Example: evalkit refi export --codebook Exports/codebook.qdc --project my-evaluation
            """
    )

    @OptionGroup var projectOptions: ProjectOptions

    @Option(help: ArgumentHelp("Write the codebook to this .qdc file.", valueName: "file"))
    var codebook: String?

    func run() throws {
        guard let target = codebook else {
            throw SimpleError(
                status: .usage,
                message: "error: nothing to export: give --codebook FILE.qdc (only --codebook is available so far).")
        }
        let layout = try projectOptions.layout()
        let project = try loadValidProject(layout)
        guard let source = project.codebook else {
            throw SimpleError(
                status: .dataError, message: "error: the project has no codebook (a <codebook> file in Instruments/).")
        }
        let data = try CodebookExporter().data(for: source)
        try AtomicFile.write(data, to: target)
        print("Exported \(source.allCodes.count) codes of the codebook '\(source.id)' to \(target).")
    }
}
