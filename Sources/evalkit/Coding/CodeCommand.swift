import ArgumentParser

struct CodeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "code",
        abstract: "Code answers with the project's codebook.",
        subcommands: [CodeAutoCommand.self, CodeTableCommand.self, CodeCooccurrenceCommand.self]
    )
}
