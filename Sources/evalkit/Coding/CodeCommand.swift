import ArgumentParser

struct CodeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "code",
        abstract: "Code answers with the project's codebook: by hand (evalkit code --coder CODE), by rules, tables.",
        subcommands: [CodeWalkCommand.self, CodeAutoCommand.self, CodeTableCommand.self, CodeCooccurrenceCommand.self],
        defaultSubcommand: CodeWalkCommand.self
    )
}
