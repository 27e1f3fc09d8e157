import EvalKitCoding
import EvalKitCore
import EvalKitInstruments
public import EvalKitStore
import Foundation

/// Writes the report in the formats asked for into one folder, each through its
/// `ReportFileWriter`: the report is built once, for the formats that render it.
public struct ReportExporter {
    public var builder: ReportBuilder
    /// Refuse to write anything while the report has analyst checks (clashes, untranslated texts).
    public var final = false
    /// Hears the checks of a draft (not `final`) once the content is built, when there are any.
    public var draftChecks: (([String]) -> Void)?

    public init(builder: ReportBuilder) {
        self.builder = builder
    }

    /// How many steps an export of `formats` reports as ended through the builder's
    /// `progress`: building the content (when a format renders it), then one per file.
    public static func steps(for formats: [ReportFormat]) -> Int {
        (formats.contains { $0.writer.rendersContent } ? ReportBuilder.steps : 0) + formats.count
    }

    /// Builds the report once and writes each format.
    /// - Returns: the paths written, in the order of `formats`.
    /// - Throws: `ReportError` (exit 65 when `final` and the database is damaged or checks
    ///   remain; 70 when the XML does not
    ///   match its schema: a bug),
    ///   `AtomicFileError` (73, 74), `ProjectExportError`, or store errors.
    public func export(_ formats: [ReportFormat], store: ProjectStore, to folder: String) throws -> [String] {
        // A report to publish is made only from a database that `evalkit check` finds sound.
        if final {
            let problems = try store.check()
            if !problems.isEmpty { throw ReportError.damagedProject(problems.map(\.description)) }
        }
        var builder = self.builder
        // A published report masks the project's names and places, and any respondent code
        // someone said aloud, in every quote.
        let redactor = try ProjectExporter.publishingRedactor(builder.project.redactor, store: store)
        let filter = builder.quoteFilter
        builder.quoteFilter = { redactor.redact(filter($0)) }
        let content = formats.contains { $0.writer.rendersContent } ? try builder.build(from: store) : nil
        if let checks = content?.checks, !checks.isEmpty {
            if final { throw ReportError.checksRemain(checks) }
            draftChecks?(checks)
        }
        let source = ReportSource(content: content, project: builder.project, codebook: builder.codebook, store: store)
        var written: [String] = []
        for format in formats {
            let path = (folder as NSString).appendingPathComponent(format.fileName(language: builder.language))
            try format.writer.write(source, to: path)
            written.append(path)
            builder.progress?(.init("wrote \(path)", endsStep: true))
        }
        return written
    }
}
