import ArgumentParser
import EvalKitCore
import EvalKitInstruments
import EvalKitStore
import Foundation

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Make a new, empty project: Instruments/, Consent/, Exports/, a framework to fill in, the database.",
        discussion: """
            The project database is created at .evalkit/project.sqlite inside the project and is listed \
            in the project's .gitignore: it holds respondents' answers and must never be committed. \
            Its answers are encrypted: init asks for a new passphrase twice (or reads \
            EVALKIT_PASSPHRASE). An existing project is left untouched.
            """
    )

    @Argument(help: ArgumentHelp("The folder for the project (default: the current folder).", valueName: "dir"))
    var directory: String = "."

    func run() throws {
        let manager = FileManager.default
        let existing = ProjectTemplate.folders.prefix(2).filter {
            manager.fileExists(atPath: (directory as NSString).appendingPathComponent($0))
        }
        guard existing.isEmpty else {
            throw CommandError.alreadyAProject(directory, holding: existing)
        }
        for folder in ProjectTemplate.folders {
            let path = (directory as NSString).appendingPathComponent(folder)
            do {
                try manager.createDirectory(atPath: path, withIntermediateDirectories: true)
            } catch {
                throw CommandError.cannotCreateFolder(path)
            }
        }
        for file in ProjectTemplate.files where file.path != ".gitignore" {
            let path = (directory as NSString).appendingPathComponent(file.path)
            if !manager.fileExists(atPath: path) { try AtomicFile.write(Data(file.bytes), to: path) }
        }
        try ignoreDatabase(in: directory)
        try audit(
            openProjectStore(path: ProjectStore.path(inProject: directory)), "project.init", target: nil, actor: nil)
        print(
            """
            Made a new EvalKit project in \(directory):
              Instruments/framework.xml   criteria, sites and groups to fill in
              Consent/verbal-consent.xml  the consent script to adapt
              Consent/contacts.xml        the team's card and referral services
              Analysis/rubric.xml         how coded evidence becomes ratings
              \(ProjectStore.relativePath)   the database (git-ignored)
            Add your guides to Instruments/, then check them with: evalkit instrument validate --project \(directory)
            """)
    }
}

/// Makes sure the project's .gitignore lists the database folder, keeping any rules already there.
private func ignoreDatabase(in directory: String) throws {
    let path = (directory as NSString).appendingPathComponent(".gitignore")
    let rule = ".evalkit/"
    let existing = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    guard !existing.split(separator: "\n").contains(where: { $0.trimmingCharacters(in: .whitespaces) == rule }) else {
        return
    }
    let separator = existing.isEmpty || existing.hasSuffix("\n") ? "" : "\n"
    let addition = "# The project database holds respondents' answers: never commit it.\n\(rule)\n"
    try AtomicFile.write(Data((existing + separator + addition).utf8), to: path)
}
