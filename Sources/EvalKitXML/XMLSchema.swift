import CLibXML2
public import EvalKitCore

/// A compiled XML Schema (XSD).
///
/// Schemas are compiled from bytes in memory; `xs:include` and `xs:import` resolve only
/// to the other files handed over in `resources`, never to the file system or network.
public final class XMLSchema: @unchecked Sendable {
    // @unchecked: the compiled schema is never mutated after init, and libxml2 allows
    // validating with one schema from several threads, each with its own context.
    let schema: xmlSchemaPtr
    private let document: xmlDocPtr

    /// - Parameters:
    ///   - set: a name that keeps these files apart from other schema sets ("evalkit", "refi-qda").
    ///   - main: the file name, among `resources`, of the schema to compile.
    ///   - resources: every file of the set by file name, including `main`.
    /// - Throws: `DiagnosticsError` when a schema file is not a valid XSD.
    public init(set: String, main: String, resources: [String: [UInt8]]) throws(DiagnosticsError) {
        LibXML.ensureInitialised()
        let base = LibXML.resourcePrefix + set + "/"
        for (name, bytes) in resources { LibXML.register(bytes, at: base + name) }
        guard let bytes = resources[main] else {
            throw DiagnosticsError([Diagnostic(.error, "schema \(main) is not among the schema files", file: main)])
        }
        // The document's URL anchors relative includes inside this set.
        let collector = LibXMLIssueCollector()
        let document: xmlDocPtr? = collector.collecting {
            bytes.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { chars in
                    xmlReadMemory(
                        chars.baseAddress, Int32(chars.count), base + main, nil, XMLParseOptions.secure.rawValue)
                }
            }
        }
        guard let document else {
            throw DiagnosticsError(Self.diagnostics(collector, file: main, fallback: "cannot be read"))
        }
        guard let parser = xmlSchemaNewDocParserCtxt(document) else {
            xmlFreeDoc(document)
            throw DiagnosticsError([Diagnostic(.error, "out of memory while compiling \(main)", file: main)])
        }
        defer { xmlSchemaFreeParserCtxt(parser) }
        xmlSchemaSetParserStructuredErrors(parser, LibXMLIssueCollector.callback, collector.context)
        guard let schema = xmlSchemaParse(parser), collector.issues.allSatisfy(\.isWarning) else {
            xmlFreeDoc(document)
            throw DiagnosticsError(Self.diagnostics(collector, file: main, fallback: "does not compile"))
        }
        self.schema = schema
        self.document = document
    }

    private static func diagnostics(_ collector: LibXMLIssueCollector, file: String, fallback: String) -> [Diagnostic] {
        let diagnostics = collector.issues.filter { !$0.isWarning }.map { issue in
            Diagnostic.error(
                XMLDocument.readable(issue.message),
                at: SourceLocation(file: file, line: max(issue.line, 1), column: max(issue.column, 1)))
        }
        return diagnostics.isEmpty ? [Diagnostic(.error, "schema \(file) \(fallback)", file: file)] : diagnostics
    }

    deinit {
        xmlSchemaFree(schema)
        xmlFreeDoc(document)
    }
}
