import ArgumentParser
import EvalKitCore
import EvalKitSecurity
import Foundation

struct KeysGenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Make the analysis team's key pair: a private key to keep, a public key for interviewers.",
        discussion: """
            Writes DIR/NAME.key (the private key, readable by you only; it opens every bundle sealed \
            to the team, so keep it off field laptops and USB sticks) and DIR/NAME.pub (the public \
            key: give it to each interviewer for 'evalkit bundle export --to'). Existing files are \
            never overwritten. The fingerprint printed lets an interviewer check by phone that the \
            public key they hold is the team's.

            Example: evalkit keys generate --out ~/evalkit-keys
            """
    )

    @Option(help: ArgumentHelp("The folder for the two key files (made if missing).", valueName: "dir"))
    var out: String

    @Option(help: ArgumentHelp("The files' name, without extension.", valueName: "name"))
    var name: String = "team"

    func run() throws {
        let manager = FileManager.default
        do {
            try manager.createDirectory(atPath: out, withIntermediateDirectories: true)
        } catch {
            throw CommandError.cannotCreateFolder(out)
        }
        let privatePath = (out as NSString).appendingPathComponent(name + ".key")
        let publicPath = (out as NSString).appendingPathComponent(name + ".pub")
        for path in [privatePath, publicPath] where manager.fileExists(atPath: path) {
            throw SecurityError(path, .wouldOverwrite)
        }
        let files = TeamKeyPair.newFiles()
        try AtomicFile.write(Data(files.privateKey.utf8), to: privatePath, permissions: 0o600)
        try AtomicFile.write(Data(files.publicKey.utf8), to: publicPath, permissions: 0o644)
        print(
            """
            Private key: \(privatePath) (keep it; never on a field laptop)
            Public key:  \(publicPath) (give it to interviewers)
            Fingerprint: \(files.fingerprint)
            """)
    }
}
