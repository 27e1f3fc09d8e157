public import EvalKitCore
public import EvalKitImport
public import EvalKitInstruments
public import EvalKitStore
import EvalKitXML
public import Foundation

/// Reads a REFI-QDA project (`.qdpx`, or a bare `.qde`) or codebook (`.qdc`) and brings its
/// coding back onto EvalKit's answers.
///
/// A text source whose name is the id of a session in the store is matched back: its text is
/// rebuilt from the store exactly as `ProjectExporter` writes it and must equal the text in the
/// archive (otherwise the answers changed since the export, and the source is skipped with a
/// warning). Each coded selection then becomes a segment on the answer whose text contains it
/// (range relative to the answer; the whole answer gives no range), with the code matched by
/// GUID (`CodebookExporter.guid`), else by name, and the coder taken from the REFI user's name.
/// All segments are added in one store transaction.
///
/// With `newSessions`, every other text source with its text in the file becomes a new
/// imported session of that guide (split by question markers and headings, each answer the
/// exact characters of the source), and its coded selections become segments there; a source
/// imported before (same text) is recognised and not added twice. With `codebookFile`, codes
/// the project does not have are added to the codebook file under a parent named after the
/// other tool. Without them, such sources and codes are read and reported only.
public struct REFIImporter {
    public var store: ProjectStore?
    public var codebook: Codebook?
    /// Brings other tools' text sources in as sessions; nil reports them only.
    public var newSessions: TranscriptImporter?
    /// The codebook file new codes are added to (made when the project has none); nil: reported only.
    public var codebookFile: String?
    /// Reads, matches and reports, and changes nothing.
    public var dryRun = false
    /// Case variables of the other tool that give a new session its site, group or profile.
    public var caseMap: [String: CaseTarget] = [:]
    /// No default site was given: a source whose case gives no site is refused.
    public var sitesFromCasesOnly = false
    /// The redactor the project's exports use: a source exported with names (and respondent
    /// codes) masked matches too.
    public var redactor: Redactor

    public init(store: ProjectStore?, codebook: Codebook?, redactor: Redactor = .none) {
        self.store = store
        self.codebook = codebook
        self.redactor = redactor
    }

    /// The coder given to selections whose user is unknown.
    public static let unknownCoder = "refi-import"

    /// A REFI user's name as an EvalKit coder code: 1 to 16 letters, digits or '-' (accents dropped,
    /// other characters become '-').
    public static func coderCode(_ name: String) -> String {
        var scalars = String.UnicodeScalarView()
        let folded = name.replacingOccurrences(of: "Đ", with: "D").replacingOccurrences(of: "đ", with: "d")
            .folding(options: .diacriticInsensitive, locale: nil)
        for scalar in folded.unicodeScalars {
            let allowed = (scalar.isASCII && scalar.properties.isAlphabetic) || ("0"..."9").contains(scalar)
            if allowed {
                scalars.append(scalar)
            } else if scalars.last != "-" {
                scalars.append("-")
            }
        }
        var code = String(String(scalars).trimmingCharacters(in: CharacterSet(charactersIn: "-")).prefix(16))
        while code.hasSuffix("-") { code.removeLast() }
        return code.isEmpty ? unknownCoder : code
    }

    /// Reads `path` and imports what it can.
    /// - Throws: `REFIImportError`; nothing is imported then.
    public func importFile(at path: String, date: Date = Date()) throws(REFIImportError) -> REFIImportReport {
        let (input, document) = try Self.read(path)
        try input.checkSourceFiles(document.textSources)
        var report = REFIImportReport(kind: document.isCodebook ? .codebook : .project, origin: document.origin)
        report.dryRun = dryRun
        report.tolerated = input.tolerated + document.tolerated
        report.otherSources = document.otherSources
        var matcher = try CodeMatcher(codebook: codebook, store: store)
        report.codes = matcher.lines(for: document.codes)
        // Each source's session in this project, looked up once; nil for another tool's source.
        var matched: [SessionRecord?] = []
        if let store, !document.isCodebook {
            for source in document.textSources { matched.append(try Self.session(named: source.name, in: store)) }
        } else {
            matched = document.textSources.map { _ in nil }
        }
        // Sessions are planned (and refused) before anything is written.
        var planned: [PlannedSource] = []
        if let newSessions, !document.isCodebook {
            let unmatched = zip(document.textSources, matched).filter { $0.1 == nil }.map(\.0)
            planned = try planSources(unmatched, input: input, document: document, using: newSessions, report: &report)
        }
        var codebook = self.codebook
        let added = NewCodes(
            document: document, matcher: matcher, existing: Set(codebook?.allCodes.map(\.code.id) ?? []))
        if let parent = added.parent, let codebookFile {
            report.addedCodes = added.count
            report.codebookFile = codebookFile
            if !dryRun {
                do {
                    codebook = try CodebookAppender().append([parent], to: codebook?.file ?? codebookFile)
                } catch {
                    throw .codebook(path: codebook?.file ?? codebookFile, problem: "\(error)")
                }
                for (guid, id) in added.ids { matcher.byGUID[guid] = id }
            }
        }
        if !dryRun, let store, let codebook, report.addedCodes > 0 || (try? store.storedCodes().isEmpty) == true {
            do { try store.replaceCodebook(StoredCode.all(of: codebook)) } catch { throw .store(error) }
        }
        guard !document.isCodebook else { return report }
        report.textSources = document.textSources.count
        var coded = CodedSources()
        // Built on the first source whose text is masked: the project's list and respondent codes.
        var publishing: Redactor?
        for (source, session) in zip(document.textSources, matched) {
            let selections = source.selections.filter { !$0.codings.isEmpty }
            let memos = source.selections.count - selections.count
            if memos > 0 { report.uncodedSelections += memos }
            guard let store, let session else {
                if newSessions == nil { report.unmatchedSelections += selections.count }
                continue
            }
            var built: SourceText?
            do { built = try SourceText(session: session, store: store) } catch { throw .store(error) }
            guard var built else {
                report.warnings.append("source '\(source.name)': the session has no answered questions now; skipped")
                report.unmatchedSelections += selections.count
                continue
            }
            guard let text = try input.text(of: source) else {
                report.warnings.append("source '\(source.name)': its text is not in the file; skipped")
                report.unmatchedSelections += selections.count
                continue
            }
            if text != built.text {
                if publishing == nil {
                    do { publishing = try ProjectExporter.publishingRedactor(redactor, store: store) } catch {
                        throw .store(error)
                    }
                }
                if let publishing, let redacted = try? SourceText(session: session, store: store, redactor: publishing)
                {
                    built = redacted
                }
            }
            guard text == built.text else {
                report.warnings.append(
                    "source '\(source.name)': its text differs from the session's answers "
                        + "(the answers changed since the export); skipped")
                report.unmatchedSelections += selections.count
                continue
            }
            report.matchedSessions.append(session.id)
            for selection in selections {
                guard let start = selection.start, let end = selection.end, start <= end,
                    let part = built.parts.first(where: { $0.contains(start..<end) })
                else {
                    report.warnings.append(
                        "source '\(source.name)': a selection at \(selection.start ?? -1)..<\(selection.end ?? -1) "
                            + "lies outside every answer; skipped")
                    report.skippedCodings += selection.codings.count
                    continue
                }
                try code(
                    selection, answerID: part.answerID, range: part.answerRange(ofSource: start..<end), input: input,
                    document: document, matcher: matcher, date: date, into: &coded, report: &report)
            }
        }
        if newSessions != nil {
            let fromSources = try storeSources(
                planned, input: input, document: document, matcher: matcher, report: &report, date: date)
            coded.segments += fromSources.segments
            coded.unknownCodes.formUnion(fromSources.unknownCodes)
            coded.coders.formUnion(fromSources.coders)
        }
        let segments = coded.segments
        for guid in coded.unknownCodes.sorted() {
            let name = document.allCodes.first { REFIDocument.key($0.guid) == REFIDocument.key(guid) }?.name
            report.warnings.append("unknown code \(name.map { "'\($0)'" } ?? guid), skipped")
        }
        report.coders = coded.coders.sorted()
        report.segments = segments.count
        if let store, !segments.isEmpty, !dryRun {
            do { report.newSegments = try store.importSegments(segments, at: date) } catch { throw .store(error) }
        }
        return report
    }

    /// The file as a REFI-QDA project or codebook: XML (bare or in a `.qdpx`), or a Taguette
    /// project file read as one.
    static func read(_ path: String) throws(REFIImportError) -> (REFIInput, REFIDocument) {
        guard FileManager.default.fileExists(atPath: path) else { throw .missing(path: path) }
        guard REFIInput.isSQLite(path) else {
            let input = try REFIInput(path: path)
            return (input, try REFIDocument(input.root, path: path))
        }
        let project: TaguetteProject
        do { project = try TaguetteProject.read(path: path) } catch { throw .taguette(error) }
        var texts: [Int64: TaguetteText] = [:]
        for document in project.documents { texts[document.id] = TaguetteText(html: document.contents) }
        return (REFIInput(inlineTextsAt: path), REFIDocument(taguette: project, texts: texts))
    }

    private static func session(named name: String, in store: ProjectStore) throws(REFIImportError) -> SessionRecord? {
        guard !name.isEmpty else { return nil }
        do { return try store.session(id: name) } catch { throw .store(error) }
    }
}

/// Matches REFI codes to EvalKit codes: by GUID (as `CodebookExporter` makes them), else by name.
struct CodeMatcher {
    var byGUID: [String: String] = [:]
    var byName: [String: String] = [:]

    init(codebook: Codebook?, store: ProjectStore?) throws(REFIImportError) {
        if let codebook {
            for entry in codebook.allCodes {
                let id = entry.code.id
                byGUID[CodebookExporter.guid(codebookID: codebook.id, codeID: id)] = id
                if !entry.code.name.english.isEmpty { byName[entry.code.name.english.lowercased()] = id }
                byName[id.lowercased()] = id
            }
        }
        if let store {
            let stored: [StoredCode]
            do { stored = try store.storedCodes() } catch { throw .store(error) }
            for code in stored {
                for key in [code.label.lowercased(), code.id.lowercased()] where byName[key] == nil {
                    byName[key] = code.id
                }
            }
        }
    }

    func match(guid: String, name: String) -> REFIImportReport.Match {
        if let id = byGUID[REFIDocument.key(guid)] { return .guid(id) }
        let last = name.components(separatedBy: "::").last ?? name
        for candidate in [name, last] {
            if let id = byName[candidate.lowercased().trimmingCharacters(in: .whitespaces)] { return .name(id) }
        }
        return .new
    }

    func codeID(guid: String, in document: REFIDocument) -> String? {
        let code = document.allCodes.first { REFIDocument.key($0.guid) == REFIDocument.key(guid) }
        switch match(guid: guid, name: code?.name ?? "") {
        case .guid(let id), .name(let id): return id
        case .new: return nil
        }
    }

    /// The report lines of a code tree; names written with '::' are shown under the code they name.
    func lines(for codes: [REFIDocument.Code]) -> [REFIImportReport.CodeLine] {
        var result: [REFIImportReport.CodeLine] = []
        func visit(_ code: REFIDocument.Code, depth: Int, shown: String) {
            result.append(.init(name: shown, depth: depth, match: match(guid: code.guid, name: code.name)))
            emit(code.children, depth: depth + 1, parent: code.name)
        }
        func emit(_ codes: [REFIDocument.Code], depth: Int, parent: String?) {
            let names = Set(codes.map(\.name))
            var nested: [String: [REFIDocument.Code]] = [:]
            for code in codes {
                if let range = code.name.range(of: "::", options: .backwards) {
                    let prefix = String(code.name[..<range.lowerBound])
                    if names.contains(prefix) { nested[prefix, default: []].append(code) }
                }
            }
            let moved = Set(nested.values.flatMap { $0.map(\.guid) })
            for code in codes where !moved.contains(code.guid) {
                visit(code, depth: depth, shown: code.name)
                for child in nested[code.name] ?? [] {
                    let shown = String(child.name[child.name.range(of: "::", options: .backwards)!.upperBound...])
                    visit(child, depth: depth + 1, shown: shown)
                }
            }
        }
        emit(codes, depth: 0, parent: nil)
        return result
    }
}

/// What an import read and did.
public struct REFIImportReport: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case project, codebook
    }

    /// How a REFI code matched the project's codebook.
    public enum Match: Sendable, Equatable {
        case guid(String)
        case name(String)
        case new
    }

    public struct CodeLine: Sendable, Equatable {
        public var name: String
        public var depth: Int
        public var match: Match
    }

    public var kind: Kind
    public var origin: String
    public var codes: [CodeLine] = []
    public var textSources = 0
    /// Sessions whose source was matched and checked.
    public var matchedSessions: [String] = []
    /// Segments read from matched sources; `newSegments` of them were not in the store yet.
    public var segments = 0
    public var newSegments = 0
    public var coders: [String] = []
    /// Coded selections on sources that are not (or no longer) EvalKit sessions.
    public var unmatchedSelections = 0
    /// Selections with no code (memos).
    public var uncodedSelections = 0
    /// Codings on matched sources that could not be imported (unknown code, outside every answer).
    public var skippedCodings = 0
    public var otherSources: [String: Int] = [:]
    /// Codes added to `codebookFile` (or that would be, in a dry run).
    public var addedCodes = 0
    public var codebookFile: String?
    /// Sessions made from other tools' sources (or that would be), and those found imported before.
    public var newSessions: [String] = []
    public var earlierSessions: [String] = []
    /// Nothing was changed: the numbers say what an import would do.
    public var dryRun = false
    public var tolerated: [String] = []
    public var warnings: [String] = []

    /// The summary shown to the analyst.
    public func text(file: String) -> String {
        var lines: [String] = []
        let from = origin.isEmpty ? "" : " (from \(origin))"
        let guid = codes.filter { if case .guid = $0.match { true } else { false } }.count
        let name = codes.filter { if case .name = $0.match { true } else { false } }.count
        let new = codes.count - guid - name
        switch kind {
        case .codebook:
            lines.append("Read the codebook \(file)\(from): \(codes.count) codes.")
        case .project:
            let verb = dryRun ? "Would import" : "Imported"
            let sessions = matchedSessions.count + newSessions.count + earlierSessions.count
            lines.append(
                "\(verb) \(dryRun ? segments : newSegments) new coded segments (\(segments) read) by \(coders.count) "
                    + "coders onto \(sessions) sessions from \(file)\(from).")
            let unmatched = textSources - sessions
            lines.append(
                "Sources: \(textSources) text sources, \(matchedSessions.count) matched to a session; "
                    + "\(unmatchedSelections) coded selections not matched to any session.")
            if !newSessions.isEmpty {
                lines.append(
                    "New sessions: \(newSessions.count) \(dryRun ? "would be" : "were") made from the other tool's text "
                        + "sources (marked imported).")
            }
            if !earlierSessions.isEmpty {
                lines.append(
                    "Imported before: \(earlierSessions.count) sources have the text of earlier imported sessions, which "
                        + "were used.")
            }
            if unmatched > 0 && newSessions.isEmpty && earlierSessions.isEmpty {
                lines.append(
                    "To import the \(unmatched) other sources as sessions, give --instrument and --site with "
                        + "--consent-attested-by and --consent-date (see docs/refi-qda.md).")
            }
            if uncodedSelections > 0 { lines.append("Not imported: \(uncodedSelections) selections without a code.") }
            if skippedCodings > 0 { lines.append("Skipped: \(skippedCodings) codings on matched sources.") }
            if !otherSources.isEmpty {
                let kinds = otherSources.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }
                lines.append("Not imported (not text): " + kinds.joined(separator: ", ") + ".")
            }
        }
        let change: String
        if let codebookFile, addedCodes > 0 {
            change = "\(addedCodes) \(dryRun ? "would be" : "were") added to \(codebookFile)"
        } else {
            change = "the codebook in Instruments/ is not changed"
        }
        lines.append(
            "Codes: \(codes.count) (\(guid) match the project's codebook by GUID, \(name) by name, \(new) new; "
                + "\(change)):")
        for code in codes {
            let status: String
            switch code.match {
            case .guid(let id): status = "= \(id) (GUID)"
            case .name(let id): status = "= \(id) (name)"
            case .new: status = "new"
            }
            lines.append(String(repeating: "  ", count: code.depth + 1) + "- \(code.name): \(status)")
        }
        if !tolerated.isEmpty {
            lines.append("Tolerated:")
            lines += tolerated.map { "  - \($0)" }
        }
        if !warnings.isEmpty {
            lines.append("Warnings:")
            lines += warnings.map { "  - \($0)" }
        }
        return lines.joined(separator: "\n")
    }
}
