public import EvalKitCore
public import EvalKitInstruments
public import EvalKitStore
public import EvalKitXML
public import Foundation

/// Writes the project's fieldwork and coding as a REFI-QDA project (`project.qde`, namespace
/// `urn:QDA-XML:project:1.0`), valid against the official `Project.xsd`; `QDPXWriter` packs it into a `.qdpx`.
///
/// - `<Users>`: one `<User>` per coder that made a segment (name = the coder code).
/// - `<CodeBook>`: the project codebook, written exactly as `CodebookExporter` writes it (same GUIDs).
/// - `<Sources>`: one `<TextSource>` per session with answered questions, named by the session id.
///   Its text (stored in `sources/<guid>.txt`) is, for each answer in order, the line
///   `[question id] ` followed by the answer, answers separated by a blank line.
///   Each segment becomes a `<PlainTextSelection>` with one `<Coding>`; positions count Unicode code
///   points of that text from 0, end exclusive.
///
/// - `<Variables>` and `<Cases>`: one case per respondent (FGD: per participant), named "Case 1", "Case 2",
///   …, with the session's site, unit, group and method and the respondent's profile values as variables,
///   and a reference to the session's source. Respondent codes, memos and notes are not exported.
/// - Listed names and places (`redactor`) and every respondent code are masked in source texts and
///   text variables, and selections are moved to match (a selection inside a masked name covers
///   its replacement).
/// Sessions are read and written one at a time, so memory holds one session's text, not the project.
public struct ProjectExporter: Sendable {
    public static let namespace = "urn:QDA-XML:project:1.0"

    /// The `name` attribute of `<Project>`.
    public var name: String
    /// The `origin` attribute of `<Project>`.
    public var origin: String
    /// The profile fields written as variables of each case.
    public var caseVariables: [CaseVariable]
    /// Masks the project's listed names and places in source texts and text variables.
    public var redactor: Redactor

    public init(
        name: String, origin: String = "EvalKit", caseVariables: [CaseVariable] = [], redactor: Redactor = .none
    ) {
        self.name = name
        self.origin = origin
        self.caseVariables = caseVariables
        self.redactor = redactor
    }

    /// What was exported.
    public struct Summary: Sendable, Equatable {
        public var users = 0
        public var cases = 0
        public var sources = 0
        public var selections = 0
        /// Segments left out: their code is not in the codebook, or their range lies outside the answer.
        public var skippedSegments = 0

        public init(users: Int = 0, cases: Int = 0, sources: Int = 0, selections: Int = 0, skippedSegments: Int = 0) {
            self.users = users
            self.cases = cases
            self.sources = sources
            self.selections = selections
            self.skippedSegments = skippedSegments
        }
    }

    /// A whole export in memory: the `project.qde` bytes and each source text by its GUID. For tests and small projects.
    public struct InMemory: Sendable {
        public var projectQDE: Data
        public var sources: [String: String]
        public var summary: Summary
    }

    /// What masks respondent codes in published text.
    public static let respondentReplacement = "[respondent]"

    /// The redactor an export applies: `redactor` (the project's list) and every respondent code
    /// in `store`, so that a code typed into an answer or a note is not published either.
    public static func publishingRedactor(_ redactor: Redactor, store: ProjectStore) throws(StoreError) -> Redactor {
        redactor.adding(try store.respondentCodes().map { Redactor.Term(text: $0, replacement: respondentReplacement) })
    }

    /// The GUID of a coder's `<User>`.
    public static func userGUID(coder: String) -> String { StableGUID.make(scope: "#user", key: coder) }
    /// The GUID of a session's `<TextSource>` (also its file name in `sources/`).
    public static func sourceGUID(sessionID: String) -> String { StableGUID.make(scope: "#source", key: sessionID) }
    /// The GUID of a segment's `<PlainTextSelection>`.
    public static func selectionGUID(segmentID: Int64) -> String {
        StableGUID.make(scope: "#selection", key: String(segmentID))
    }
    /// The GUID of a segment's `<Coding>`.
    public static func codingGUID(segmentID: Int64) -> String {
        StableGUID.make(scope: "#coding", key: String(segmentID))
    }

    /// Streams `project.qde` to `qde` and hands each source text to `source` (GUID, text), one session at a time.
    /// - Returns: what was exported.
    /// - Throws: `ProjectExportError`.
    @discardableResult
    public func write(
        store: ProjectStore, codebook: Codebook?, qde: @escaping XMLWriter.Sink,
        source: (_ guid: String, _ text: String) throws -> Void
    ) throws(ProjectExportError) -> Summary {
        var codeNames: [String: String] = [:]
        for entry in codebook?.allCodes ?? [] {
            codeNames[entry.code.id] = entry.code.name.english.isEmpty ? entry.code.id : entry.code.name.english
        }
        let codebookID = codebook?.id ?? ""
        var summary = Summary()
        do {
            let redactor = try Self.publishingRedactor(redactor, store: store)
            let coders = try store.coders()
            summary.users = coders.count
            let writer = try XMLWriter(sink: qde)
            try writer.startDocument()
            try writer.startElement("Project", namespace: Self.namespace)
            try writer.attribute("name", name)
            try writer.attribute("origin", origin)
            if !coders.isEmpty {
                try writer.startElement("Users")
                for coder in coders {
                    try writer.element("User", attributes: [("guid", Self.userGUID(coder: coder)), ("name", coder)])
                }
                try writer.endElement()
            }
            if let codebook, !codebook.codes.isEmpty {
                try writer.startElement("CodeBook")
                try CodebookExporter(origin: origin).writeCodes(of: codebook, to: writer)
                try writer.endElement()
            }
            try writeVariables(caseVariables, to: writer)
            summary.cases = try writeCases(store: store, variables: caseVariables, redactor: redactor, to: writer)
            var sourcesOpen = false
            try store.forEachSession { session in
                guard let built = try SourceText(session: session, store: store, redactor: redactor) else { return }
                if !sourcesOpen {
                    try writer.startElement("Sources")
                    sourcesOpen = true
                }
                let guid = Self.sourceGUID(sessionID: session.id)
                try writer.startElement("TextSource")
                try writer.attribute("guid", guid)
                try writer.attribute("name", session.id)
                try writer.attribute("plainTextPath", "internal://\(guid).txt")
                var codings: [(segment: SegmentRecord, range: Range<Int>)] = []
                let segments = try store.segments(sessionID: session.id)
                for part in built.parts {
                    for segment in segments[part.answerID] ?? [] {
                        guard let id = segment.id, let codeName = codeNames[segment.codeID],
                            let range = part.sourceRange(of: segment.range)
                        else {
                            summary.skippedSegments += 1
                            continue
                        }
                        codings.append((segment, range))
                        try writeSelection(
                            id: id, segment: segment, range: range, codeName: codeName, codebookID: codebookID,
                            to: writer)
                    }
                }
                summary.selections += codings.count
                try writer.endElement()
                try source(guid, built.text)
                summary.sources += 1
            }
            if sourcesOpen { try writer.endElement() }
            try writer.endElement()
            try writer.endDocument()
        } catch let error as ProjectExportError {
            throw error
        } catch let error as XMLWriteError {
            throw .writing(String(describing: error))
        } catch let error as StoreError {
            throw .reading(error)
        } catch {
            throw .writing(String(describing: error))
        }
        return summary
    }

    private func writeSelection(
        id: Int64, segment: SegmentRecord, range: Range<Int>, codeName: String, codebookID: String,
        to writer: XMLWriter
    ) throws(XMLWriteError) {
        let user = Self.userGUID(coder: segment.coder)
        try writer.startElement("PlainTextSelection")
        try writer.attribute("guid", Self.selectionGUID(segmentID: id))
        try writer.attribute("name", codeName)
        try writer.attribute("startPosition", String(range.lowerBound))
        try writer.attribute("endPosition", String(range.upperBound))
        try writer.attribute("creatingUser", user)
        try writer.startElement("Coding")
        try writer.attribute("guid", Self.codingGUID(segmentID: id))
        try writer.attribute("creatingUser", user)
        try writer.element(
            "CodeRef",
            attributes: [("targetGUID", CodebookExporter.guid(codebookID: codebookID, codeID: segment.codeID))])
        try writer.endElement()
        try writer.endElement()
    }

    /// The whole export in memory.
    public func inMemory(store: ProjectStore, codebook: Codebook?) throws(ProjectExportError) -> InMemory {
        let qde = DataBox()
        var sources: [String: String] = [:]
        let summary = try write(store: store, codebook: codebook, qde: { qde.data.append(contentsOf: $0) }) {
            sources[$0] = $1
        }
        return InMemory(projectQDE: qde.data, sources: sources, summary: summary)
    }
}

private final class DataBox {
    var data = Data()
}
