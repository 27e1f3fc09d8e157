import CLibXML2
public import EvalKitCore
import Foundation

/// A parsed XML document: libxml2's tree (for schema validation) and its Swift copy.
///
/// Parsing is hardened for untrusted input: a DOCTYPE stops the parser at once (so no
/// entity can be declared, no "billion laughs" can expand, no external entity can be
/// named), the network is off, and libxml2's default depth and size limits stay on.
public final class XMLDocument {
    private let document: xmlDocPtr
    private var source: SourceText
    public let fileName: String
    /// The root element with every descendant, attribute and position.
    public private(set) lazy var root: XMLElement = makeElement(xmlDocGetRootElement(document)!)

    private init(document: xmlDocPtr, source: SourceText, fileName: String) {
        self.document = document
        self.source = source
        self.fileName = fileName
    }

    deinit { xmlFreeDoc(document) }

    /// Parses `bytes`; `fileName` is used in messages only.
    /// - Throws: `DiagnosticsError` (exit 65) with every well-formedness problem found.
    ///   A document that is well-formed but has problems libxml2 only warns about is not an error.
    public static func parse(
        _ bytes: [UInt8], fileName: String, options: XMLParseOptions = .secure
    ) throws(DiagnosticsError) -> XMLDocument {
        LibXML.ensureInitialised()
        let source = SourceText(bytes)
        func fail(_ message: String, at offset: Int = 0) -> DiagnosticsError {
            let (line, column) = source.position(of: offset)
            let location = SourceLocation(file: fileName, line: line, column: column)
            return DiagnosticsError([.error(message, at: location)])
        }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            throw fail("the file is empty; expected an XML document")
        }
        guard bytes.count < Int(Int32.max) else { throw fail("the file is too large to parse") }
        if let offset = CrowdedTagGuard.firstCrowdedTag(in: bytes) {
            throw fail(
                "an element has more than \(CrowdedTagGuard.limit) attributes; no EvalKit or REFI-QDA file has that "
                    + "many, and reading them would take minutes", at: offset)
        }
        guard let context = xmlNewParserCtxt() else { throw fail("out of memory while parsing") }
        defer { xmlFreeParserCtxt(context) }
        context.pointee.sax.pointee.internalSubset = stopAtDoctype

        let collector = LibXMLIssueCollector()
        let document = collector.collecting {
            bytes.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { chars in
                    xmlCtxtReadMemory(
                        context, chars.baseAddress, Int32(chars.count), fileName, nil,
                        (options.union(.quiet)).rawValue)
                }
            }
        }
        if context.pointee.errNo == Int32(XML_ERR_USER_STOP.rawValue) {
            if let document { xmlFreeDoc(document) }
            let offset = Self.firstOffset(of: "<!DOCTYPE", in: bytes) ?? 0
            throw fail(
                "DOCTYPE declarations are not allowed: EvalKit files need no DTD, and a DTD can hide "
                    + "entity expansion or references to outside files", at: offset)
        }
        let errors = collector.issues.filter { !$0.isWarning }
        guard let document, errors.isEmpty, xmlDocGetRootElement(document) != nil else {
            if let document { xmlFreeDoc(document) }
            var diagnostics = errors.map { issue in
                Diagnostic.error(
                    Self.readable(issue.message),
                    at: SourceLocation(file: fileName, line: max(issue.line, 1), column: max(issue.column, 1)))
            }
            if diagnostics.isEmpty { diagnostics = fail("the file is not a well-formed XML document").diagnostics }
            if collector.dropped > 0 {
                diagnostics.append(Diagnostic(.note, "\(collector.dropped) further messages not shown", file: fileName))
            }
            throw DiagnosticsError(diagnostics)
        }
        return XMLDocument(document: document, source: source, fileName: fileName)
    }

    /// Validates the document against a compiled schema.
    /// - Returns: every violation, positioned at the offending element or attribute;
    ///   empty when the document is valid.
    public func validate(against schema: XMLSchema) -> [Diagnostic] {
        let collector = LibXMLIssueCollector()
        guard let context = xmlSchemaNewValidCtxt(schema.schema) else {
            return [Diagnostic(.error, "out of memory while validating", file: fileName)]
        }
        defer { xmlSchemaFreeValidCtxt(context) }
        xmlSchemaSetValidStructuredErrors(context, LibXMLIssueCollector.callback, collector.context)
        let result = xmlSchemaValidateDoc(context, document)
        var diagnostics = collector.issues.filter { !$0.isWarning }.map(diagnostic(for:))
        if result != 0 && diagnostics.isEmpty {
            diagnostics.append(Diagnostic(.error, "the document does not match its schema", file: fileName))
        }
        if collector.dropped > 0 {
            diagnostics.append(Diagnostic(.note, "\(collector.dropped) further messages not shown", file: fileName))
        }
        return diagnostics
    }

    private func diagnostic(for issue: LibXMLIssue) -> Diagnostic {
        var location = SourceLocation(file: fileName, line: max(issue.line, 1), column: max(issue.column, 1))
        if let element = issue.elementName, issue.column == 0 {
            // A fresh copy: the tree walk has already moved the per-line search cursors.
            var search = SourceText(restartingSearchIn: source)
            if let tag = search.locateStartTag(element, line: issue.line) {
                var offset = tag
                if let attribute = issue.attributeName, let at = source.locateAttribute(attribute, inTagAt: tag) {
                    offset = at
                }
                let (line, column) = source.position(of: offset)
                location = SourceLocation(file: fileName, line: line, column: column)
            }
        }
        return .error(Self.readable(issue.message), at: location)
    }

    private func makeElement(_ node: xmlNodePtr) -> XMLElement {
        let name = node.pointee.name.map { String(cString: $0) } ?? ""
        let line = Int(xmlGetLineNo(node))
        let tagOffset = source.locateStartTag(qualifiedName(node), line: line)
        let location = position(tagOffset, fallbackLine: line)
        var element = XMLElement(
            name: name, namespace: node.pointee.ns?.pointee.href.map { String(cString: $0) }, location: location)

        var attribute = node.pointee.properties
        while let current = attribute {
            let attributeName = current.pointee.name.map { String(cString: $0) } ?? ""
            let prefix = current.pointee.ns?.pointee.prefix.map { String(cString: $0) + ":" } ?? ""
            // Without a DTD an attribute's children are plain text nodes: no entity to expand.
            var value = ""
            var part = current.pointee.children
            while let text = part {
                if let content = text.pointee.content { value += String(cString: content) }
                part = text.pointee.next
            }
            let at = tagOffset.flatMap { source.locateAttribute(prefix + attributeName, inTagAt: $0) }
            element.attributes.append(
                XMLAttribute(
                    name: attributeName, namespace: current.pointee.ns?.pointee.href.map { String(cString: $0) },
                    value: value, location: at.map { position($0, fallbackLine: line) } ?? location))
            attribute = current.pointee.next
        }

        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                element.content.append(.element(element.children.count))
                element.children.append(makeElement(current))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content {
                    let text = String(cString: content)
                    element.text += text
                    element.content.append(.text(text))
                }
            default:
                break
            }
            child = current.pointee.next
        }
        return element
    }

    private func position(_ offset: Int?, fallbackLine line: Int) -> SourceLocation {
        guard let offset else { return SourceLocation(file: fileName, line: max(line, 1), column: 1) }
        let (line, column) = source.position(of: offset)
        return SourceLocation(file: fileName, line: line, column: column)
    }

    private static func firstOffset(of text: String, in bytes: [UInt8]) -> Int? {
        let pattern = Array(text.utf8)
        guard bytes.count >= pattern.count else { return nil }
        return (0...(bytes.count - pattern.count)).first { bytes[$0..<$0 + pattern.count].elementsEqual(pattern) }
    }

    /// libxml2's wording, without trailing newlines, Clark-notation namespaces
    /// (`{urn:evalkit:1}question` reads `question`), or advice to use options EvalKit forbids.
    static func readable(_ message: String) -> String {
        var text = message.trimmingCharacters(in: .whitespacesAndNewlines)
        while let open = text.firstIndex(of: "{"), let close = text[open...].firstIndex(of: "}"),
            text[text.index(after: close)...].first.map({ $0.isLetter || $0 == "_" }) ?? false
        {
            text.removeSubrange(open...close)
        }
        if text.hasPrefix("Excessive depth in document") {
            return "elements are nested too deeply (more than 256 levels)"
        }
        text = text.replacingOccurrences(of: ", use XML_PARSE_HUGE option", with: "")
        text = text.replacingOccurrences(of: " use XML_PARSE_HUGE option", with: "")
        return text
    }
}

@available(*, unavailable, message: "wraps a libxml2 tree that is not thread-safe")
extension XMLDocument: Sendable {}

/// Stops the parser as soon as a DOCTYPE is seen, before any entity can be declared.
private func stopAtDoctype(
    _ context: UnsafeMutableRawPointer?, _ name: UnsafePointer<xmlChar>?, _ externalID: UnsafePointer<xmlChar>?,
    _ systemID: UnsafePointer<xmlChar>?
) {
    guard let context else { return }
    xmlStopParser(context.assumingMemoryBound(to: xmlParserCtxt.self))
}
