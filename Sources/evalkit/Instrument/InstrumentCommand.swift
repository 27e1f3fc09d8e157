import ArgumentParser

struct InstrumentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "instrument",
        abstract: "Check, list and read the project's interview guides, FGD guides and consent scripts.",
        subcommands: [ValidateCommand.self, ListCommand.self, ShowCommand.self, SchemaCommand.self]
    )
}
