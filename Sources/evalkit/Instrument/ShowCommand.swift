import ArgumentParser
import EvalKitCore
import EvalKitInstruments

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one guide as a readable outline: sections, questions, conditions and links.",
        discussion: "Texts without a translation into --language are shown in English."
    )

    @OptionGroup var projectOptions: ProjectOptions

    @Argument(help: "The id of the guide (see 'evalkit instrument list').")
    var id: String

    @Option(help: ArgumentHelp("Language of the texts: en, vi, …", valueName: "lang"))
    var language: String = "en"

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    func run() throws {
        let result = ProjectLoader().load(try projectOptions.layout())
        guard let instrument = result.project.instrument(id) else {
            throw CommandError.unknownInstrument(id, known: result.project.instruments.map(\.id))
        }
        if format == .json { return try printJSON(instrument) }
        print(InstrumentOutline(instrument, language: language).render())
    }
}
