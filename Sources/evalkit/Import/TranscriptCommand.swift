import ArgumentParser
import EvalKitCore
import EvalKitImport
import EvalKitInstruments
import EvalKitStore
import Foundation

struct TranscriptCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "transcript",
        abstract: "Interviews and FGDs typed from notes or recordings, as sessions.",
        subcommands: [TranscriptImportCommand.self]
    )
}

struct TranscriptImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import transcripts (.txt, .md, .docx, .odt) as completed sessions of a guide.",
        discussion: """
            Each file becomes one completed session of the guide, with verbal consent attested: without \
            --consent-attested-by and --consent-date nothing is stored. Where a line starts with a \
            question id in brackets ([recruitment.how]) or is a question's own wording, the text below it \
            is that question's answer; text before the first such line, and under an id the guide does not \
            have, is kept under the item 'transcript'. In an FGD, speaker labels (P3:, Moderator:, Người \
            điều phối:) attribute contributions to participants by seat; the moderator's words are kept as \
            notes. A choice or number question keeps the verbatim text, and its value is set only where the \
            text names exactly one choice or is a number in range.

            No file name is stored (names of files often carry a respondent's name): a digest of the text \
            makes a second import of the same text add nothing. The project's redaction list is applied, \
            likely personal names are listed with their lines, and --mask-names replaces them with [name]. \
            Every file is read and checked before anything is stored; then each file is stored in one \
            transaction. --dry-run shows how each file would be split and stores nothing.

            Example: evalkit transcript import notes/*.docx --instrument survivor-centre --site lao-cai \
            --consent-attested-by IV-03 --consent-date 2011-05-17 --interviewer IV-03
            """
    )

    @OptionGroup var projectOptions: ProjectOptions

    @Argument(help: ArgumentHelp("Transcript files (.txt, .md, .docx, .odt).", valueName: "file"))
    var files: [String]

    @Option(help: ArgumentHelp("The guide the transcripts follow.", valueName: "id"))
    var instrument: String

    @Option(help: ArgumentHelp("The site where the sessions took place.", valueName: "site"))
    var site: String

    @OptionGroup var sessionOptions: ImportedSessionOptions

    @Option(help: ArgumentHelp("interview or fgd; must agree with the guide.", valueName: "method"))
    var method: String?

    @Option(
        name: .customLong("profile"),
        help: ArgumentHelp("A profile value of an interview's respondent (repeatable).", valueName: "field=value"))
    var profile: [String] = []

    @Option(
        help: ArgumentHelp(
            "Interviews' profiles: a CSV with 'file' (the transcript's file name) and profile fields.",
            valueName: "file"))
    var profiles: String?

    @Option(help: ArgumentHelp("An FGD's participants: a CSV with 'seat' and profile fields.", valueName: "file"))
    var roster: String?

    @Flag(help: "Replace likely personal names with [name] before storing.")
    var maskNames = false

    @Flag(help: "Show how each file would be split; store nothing.")
    var dryRun = false

    func run() throws {
        let layout = try projectOptions.layout()
        let project = try loadValidProject(layout)
        var options = sessionOptions.options(instrument: instrument, site: site)
        if let method {
            guard let parsed = SessionMethod(rawValue: method) else {
                throw ValidationError("--method must be interview or fgd, not '\(method)'.")
            }
            options.method = parsed
        }
        options.profile = profile
        options.profilesPath = profiles
        options.files = files
        options.rosterPath = roster
        options.maskNames = maskNames
        let importer = try TranscriptImporter(project: project, options: options)
        let plans = try prepareAll(importer)
        let text = TranscriptImportText(instrument: importer.instrument, maskNames: maskNames)
        if dryRun {
            for plan in plans { print(text.dryRun(plan)) }
            print("Dry run: nothing was stored.")
            return
        }
        let store = try openProjectStore(path: ProjectStore.path(inProject: layout.directory))
        for plan in plans {
            print(text.outcome(plan, try importer.store(plan, in: store)))
            if let warnings = text.nameWarnings(plan) { printError(warnings) }
        }
    }

    /// Every file read and checked before anything is stored; all problems listed at once.
    private func prepareAll(_ importer: TranscriptImporter) throws -> [TranscriptImporter.FilePlan] {
        var plans: [TranscriptImporter.FilePlan] = []
        var problems: [TranscriptError] = []
        for file in files {
            do {
                plans.append(try importer.prepare(file))
            } catch {
                problems.append(error)
            }
        }
        guard let first = problems.first else { return plans }
        for problem in problems.dropLast() { printError(problem.description) }
        throw problems.count == 1 ? first : problems.last!
    }
}
