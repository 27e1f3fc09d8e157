import EvalKitCore
import EvalKitXML
public import Foundation

/// The report vocabulary of report.xsd, checked against the schema before it is written; the
/// schema files go beside it so the report can be validated by anyone.
public struct XMLReportFile: ReportFileWriter {
    public var rendersContent: Bool { true }

    public func write(_ source: ReportSource, to path: String) throws {
        guard let content = source.content else { return }
        try AtomicFile.write(try Self.validatedXML(content), to: path)
        let folder = (path as NSString).deletingLastPathComponent
        for (name, bytes) in ReportSchema.files {
            try AtomicFile.write(Data(bytes), to: (folder as NSString).appendingPathComponent(name))
        }
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
            throw ReportError.schemaMismatch(problems.prefix(5).map(\.description).joined(separator: "; "))
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
