import ArgumentParser
import EvalKitCoding
import EvalKitCore
import EvalKitImport
import EvalKitInstruments
import EvalKitStore
import Foundation

struct RefiCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "refi",
        abstract: "Exchange coding with other QDA programs through REFI-QDA files.",
        discussion: """
            REFI-QDA is the exchange standard of QDA programs such as ATLAS.ti, MAXQDA, NVivo and \
            QualCoder. EvalKit exports the codebook as a .qdc file and the project (sessions, \
            codebook, coded segments, coders) as a .qdpx file, and imports both back: coding done in \
            another program returns onto the right answers. See docs/refi-qda.md.
            """,
        subcommands: [RefiExportCommand.self, RefiImportCommand.self]
    )
}

struct RefiExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the codebook (.qdc) or the coded project (.qdpx) as REFI-QDA files.",
        discussion: """
            Every code becomes a <Code> with its English name, its colour and a description made of \
            its 'use', 'do not use' and example texts; child codes stay nested. A code keeps the same \
            GUID in every export, so re-importing updates codes instead of duplicating them. \
            Translations are not exported: REFI-QDA has one name per code. The file is written \
            atomically and validates against the official Codebook.xsd.

            A --codebook path ending in .csv writes the codebook as Taguette imports it: a 'tag' column \
            with each code's id (its dots give the hierarchy) and a 'description' with its name and use.

            --qdpx writes a REFI-QDA project: the codebook, one text source per session (named by the \
            session id; each answer as "[question id] answer"), one coded selection per segment and one \
            user per coder. Respondent codes, profile values and memos are not exported. The .qdpx is \
            built in a temporary file next to the target and renamed into place.

            Example: evalkit refi export --codebook Exports/codebook.qdc --project my-evaluation
            Example: evalkit refi export --codebook Exports/codebook-taguette.csv
            Example: evalkit refi export --qdpx Exports/project.qdpx --project my-evaluation
            """
    )

    @OptionGroup var projectOptions: ProjectOptions

    @Option(
        help: ArgumentHelp(
            "Write the codebook to this .qdc file (REFI-QDA), or to a .csv file as Taguette imports codebooks.",
            valueName: "file"))
    var codebook: String?

    @Option(help: ArgumentHelp("Write the project (sources and coded segments) to this .qdpx file.", valueName: "file"))
    var qdpx: String?

    func run() throws {
        guard codebook != nil || qdpx != nil else {
            throw CommandError.nothingToExport
        }
        let layout = try projectOptions.layout()
        let project = try loadValidProject(layout)
        let source = try project.requireCodebook()
        if let target = codebook {
            try AtomicFile.write(try CodebookFormat(path: target).writer.data(for: source), to: target)
            print("Exported \(source.allCodes.count) codes of the codebook '\(source.id)' to \(target).")
        }
        if let target = qdpx {
            let store = try openExistingStore(layout, access: .readOnly)
            let summary = try QDPXWriter.write(
                ProjectExporter(project: project), store: store, codebook: source, to: target)
            var line =
                "Exported \(summary.sources) sources, \(summary.cases) cases, \(summary.selections) coded selections "
                + "and \(summary.users) coders to \(target)."
            if summary.skippedSegments > 0 {
                line +=
                    " Left out \(summary.skippedSegments) segments whose code is not in the codebook "
                    + "or whose range lies outside the answer."
            }
            print(line)
        }
    }
}

struct RefiImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a REFI-QDA project (.qdpx, .qde) or codebook (.qdc), or a Taguette project (.sqlite3).",
        discussion: """
            A text source named by a session id of this project is matched back: its text must equal \
            the session's answers as EvalKit exports them (else it is skipped: the answers changed), and \
            each coded selection becomes a segment on the answer that contains it, by the coder named \
            after the REFI user. Codes match the project's codebook by GUID, else by name.

            Codes the project does not have are added to its codebook file (made when there is none), \
            under a parent code named after the other tool, keeping their hierarchy, descriptions and \
            colours; the file is checked before it replaces the old one.

            Other tools' text sources become sessions when --instrument and --site are given with the \
            consent attestation (--consent-attested-by, --consent-date), as for transcripts: the text is \
            split by question markers and headings, each coded selection becomes a segment on the same \
            characters, and a source imported before (same text) is not added twice. Without these \
            options such sources are only reported. --map VARIABLE=site|group|field:ID takes a source's \
            site, group or a profile field from its case variable (--site and --respondent-group stay \
            the default); a value that names nothing in the framework, or that the guide refuses, stops \
            the import before anything is changed.

            A Taguette project file (project.sqlite3, as Taguette exports a project) is read the same \
            way: each tag is a code, each document a text source (the text of its HTML), each highlight \
            a coded selection by the coder 'taguette' (its UTF-8 byte offsets turned into characters).

            Deviations from the schema that are harmless are accepted and listed. An unsafe or unreadable \
            file (a bad zip, an entry name with '..' or an absolute path, an entry too large or inflating \
            beyond its size, a source file named but missing, invalid XML) is refused with exit status 65, \
            and nothing is imported. --dry-run reports what would happen and changes nothing.

            Example: evalkit refi import atlas-project.qdpx --instrument survivor-centre --site lao-cai \
            --consent-attested-by IV-03 --consent-date 2011-05-17
            """
    )

    @OptionGroup var projectOptions: ProjectOptions

    @Argument(help: ArgumentHelp("The file (.qdpx, .qde, .qdc, or Taguette's .sqlite3).", valueName: "file"))
    var file: String

    @Option(help: ArgumentHelp("The guide other tools' sources become sessions of.", valueName: "id"))
    var instrument: String?

    @Option(help: ArgumentHelp("The site of those sessions.", valueName: "site"))
    var site: String?

    @OptionGroup var sessionOptions: ImportedSessionOptions

    @Option(
        name: .customLong("map"),
        help: ArgumentHelp(
            "A case variable of the other tool that gives each new session its site, group or a profile field "
                + "(repeatable).", valueName: "VARIABLE=site|group|field:ID"))
    var maps: [String] = []

    @Flag(help: "Report what would be imported and added; change nothing.")
    var dryRun = false

    /// `--map` options as variable → target.
    private func caseMap() throws -> [String: CaseTarget] {
        var map: [String: CaseTarget] = [:]
        for text in maps {
            guard let equals = text.lastIndex(of: "="), equals != text.startIndex else {
                throw ValidationError("--map '\(text)' is not VARIABLE=site, VARIABLE=group or VARIABLE=field:ID.")
            }
            let variable = String(text[..<equals])
            let target = String(text[text.index(after: equals)...])
            switch target {
            case "site": map[variable] = .site
            case "group": map[variable] = .group
            case let field where field.hasPrefix("field:") && field.count > "field:".count:
                map[variable] = .field(String(field.dropFirst("field:".count)))
            default:
                throw ValidationError("--map '\(text)': the target must be site, group or field:ID, not '\(target)'.")
            }
        }
        return map
    }

    func run() throws {
        let layout = try projectOptions.layout()
        let project = try loadValidProject(layout)
        let storePath = ProjectStore.path(inProject: layout.directory)
        var importer = REFIImporter(store: nil, codebook: project.codebook, redactor: project.redactor)
        importer.caseMap = try caseMap()
        let siteFromCases = importer.caseMap.values.contains(.site)
        if instrument != nil || site != nil {
            guard let instrument, site != nil || siteFromCases else {
                throw ValidationError(
                    "give --instrument, and --site (or --map VARIABLE=site), to import other tools' sources as sessions."
                )
            }
            let options = sessionOptions.options(instrument: instrument, site: site ?? "")
            // Without --site each source's case gives it; the options are checked at any site now.
            importer.newSessions =
                if site != nil { try TranscriptImporter(project: project, options: options) } else {
                    try TranscriptImporter.atFirstUsableSite(project: project, options: options)
                }
            importer.sitesFromCasesOnly = site == nil
        }
        let wantsStore = importer.newSessions != nil && !dryRun
        if wantsStore || FileManager.default.fileExists(atPath: storePath) {
            importer.store = try openProjectStore(path: storePath)
        }
        if !importer.caseMap.isEmpty && importer.newSessions == nil {
            throw ValidationError("--map needs --instrument: it says how new sessions get their values.")
        }
        importer.codebookFile = project.codebook?.file ?? CodebookAppender.newFile(in: layout)
        importer.dryRun = dryRun
        let report = try importer.importFile(at: file)
        // No file name in the log: names of files often carry a respondent's name.
        if let store = importer.store, !dryRun { try audit(store, "refi.import", target: nil, actor: nil) }
        print(report.text(file: file))
        if dryRun { print("Dry run: nothing was changed.") }
    }
}
