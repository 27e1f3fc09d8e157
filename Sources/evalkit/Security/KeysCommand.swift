import ArgumentParser

struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "The analysis team's key pair for field bundles, and the project passphrase.",
        discussion: "See docs/confidentiality.md for who holds which key and how to hand them over.",
        subcommands: [KeysGenerateCommand.self, KeysPassphraseCommand.self]
    )
}
