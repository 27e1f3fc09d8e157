import ArgumentParser
import EvalKitCore
import Foundation

@main
struct EvalKitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evalkit",
        abstract: "Qualitative evaluation research, from the field to the published report.",
        discussion: """
            EvalKit works on a project folder: Instruments/ holds the interview and FGD guides and \
            the evaluation framework, Consent/ the verbal consent scripts, Exports/ what EvalKit writes. \
            Every command takes --project DIR (default: the current folder).

            The project database is encrypted: commands read the passphrase from EVALKIT_PASSPHRASE or \
            ask for it at the terminal (see docs/confidentiality.md).

            Exit statuses: 0 success, 64 wrong usage, 65 invalid data, 66 missing input, 70 a bug in \
            EvalKit, 73 output not created, 74 I/O error, 77 wrong passphrase or key.
            """,
        subcommands: [
            InitCommand.self, InstrumentCommand.self, InterviewCommand.self, TranscriptCommand.self, CodeCommand.self,
            AgreementCommand.self,
            RefiCommand.self, ScoreCommand.self, ReportCommand.self, DemoCommand.self, RespondentCommand.self,
            BundleCommand.self,
            KeysCommand.self, AuditCommand.self, CheckCommand.self,
        ]
    )

    /// Runs the command; the only place that prints an error and exits.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as any EvalKitError {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            Foundation.exit(error.exitStatus.rawValue)
        } catch {
            // Help and version go to standard output as argument-parser prints them.
            let code = exitCode(for: error)
            guard code != .success else { exit(withError: error) }
            // An ExitCode thrown after a command printed its own problems has nothing to add.
            let message = usageMessage(for: error)
            if !message.isEmpty { FileHandle.standardError.write(Data((message + "\n").utf8)) }
            Foundation.exit(code.rawValue)
        }
    }

    /// argument-parser's message for a usage error, worded as EvalKit words every error:
    /// "error: " and a sentence that starts in lower case.
    static func usageMessage(for error: any Error) -> String {
        var text = fullMessage(for: error)
        guard text.hasPrefix("Error: ") else { return text }
        text.removeFirst("Error: ".count)
        let start = text.prefix(2)
        if start.count == 2, start.first?.isUppercase == true, start.last?.isLowercase == true {
            text = text.prefix(1).lowercased() + text.dropFirst()
        }
        return "error: " + text
    }
}
