import EvalKitCoding
import EvalKitCore
import EvalKitInstruments
public import EvalKitStore
import EvalKitXML
public import Foundation

/// Writes the report in the formats asked for into one folder, each file atomically (a
/// temporary file renamed into place), so a failure never leaves half a file. The XML is
/// validated against the report schema before it is written.
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
    /// `progress`: building the content (when XML or HTML is asked for), then one per file.
    public static func steps(for formats: [ReportFormat]) -> Int {
        (formats.contains(.xml) || formats.contains(.html) ? ReportBuilder.steps : 0) + formats.count
    }

    /// Builds the report once and writes each format.
    /// - Returns: the paths written, in the order of `formats`.
    /// - Throws: `ReportError` (exit 65 when `final` and checks remain; 70 when the XML does not
    ///   match its schema: a bug),
    ///   `AtomicFileError` (73, 74), `ProjectExportError`, or store errors.
    public func export(_ formats: [ReportFormat], store: ProjectStore, to folder: String) throws -> [String] {
        var written: [String] = []
        let needsContent = formats.contains(.xml) || formats.contains(.html)
        var builder = self.builder
        // A published report masks the project's names and places, and any respondent code
        // someone said aloud, in every quote.
        let redactor = try ProjectExporter.publishingRedactor(builder.project.redactor, store: store)
        let filter = builder.quoteFilter
        builder.quoteFilter = { redactor.redact(filter($0)) }
        let content = needsContent ? try builder.build(from: store) : nil
        if final, let checks = content?.checks, !checks.isEmpty {
            throw ReportError.checksRemain(checks)
        }
        if !final, let checks = content?.checks, !checks.isEmpty { draftChecks?(checks) }
        for format in formats {
            let path = (folder as NSString).appendingPathComponent(format.fileName(language: builder.language))
            switch format {
            case .xml:
                guard let content else { continue }
                try AtomicFile.write(try Self.validatedXML(content), to: path)
                for (name, bytes) in ReportSchema.files {
                    try AtomicFile.write(Data(bytes), to: (folder as NSString).appendingPathComponent(name))
                }
            case .html:
                guard let content else { continue }
                try AtomicFile.write(ReportHTMLWriter().data(content), to: path)
            case .qdpx:
                let project = builder.project
                let name = URL(fileURLWithPath: project.directory).standardizedFileURL.lastPathComponent
                let exporter = ProjectExporter(
                    name: name, caseVariables: ProjectExporter.caseVariables(of: project), redactor: project.redactor)
                try QDPXWriter.write(exporter, store: store, codebook: builder.codebook, to: path)
            }
            written.append(path)
            builder.progress?(.init("wrote \(path)", endsStep: true))
        }
        return written
    }

    /// The report as XML, checked against the embedded report schema.
    /// - Throws: `ReportError` with exit 70: output that does not match is a bug in EvalKit.
    public static func validatedXML(_ content: ReportContent) throws -> Data {
        let data: Data
        do {
            data = try ReportXMLWriter().data(content)
        } catch {
            throw ReportError.xmlNotWritten("\(error)")
        }
        let problems = Self.schemaProblems(data)
        guard problems.isEmpty else {
            let detail = problems.prefix(5).map(\.description).joined(separator: "; ")
            throw ReportError.schemaMismatch(detail)
        }
        return data
    }

    /// Every way `data` fails to parse or to match the report schema; empty when valid.
    static func schemaProblems(_ data: Data) -> [Diagnostic] {
        let document: XMLDocument
        do {
            document = try XMLDocument.parse([UInt8](data), fileName: "report.xml")
        } catch {
            return error.diagnostics
        }
        return document.validate(against: ReportSchema.compiled)
    }
}
