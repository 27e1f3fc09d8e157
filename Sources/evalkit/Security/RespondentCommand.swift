import ArgumentParser

struct RespondentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "respondent",
        abstract: "Act on one respondent by code: withdraw them from the evaluation.",
        subcommands: [WithdrawCommand.self]
    )
}
