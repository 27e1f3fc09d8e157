import ArgumentParser

struct BundleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bundle",
        abstract: "Carry sessions from field laptops to the analysts, sealed to the team's public key.",
        discussion: "See docs/confidentiality.md for the procedure.",
        subcommands: [BundleExportCommand.self, BundleImportCommand.self]
    )
}
