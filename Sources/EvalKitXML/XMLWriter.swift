import CLibXML2
import Foundation

/// Writes well-formed XML through libxml2's text writer, streaming to a sink as it goes,
/// so a large report never has to be held in memory.
///
/// Text and attribute values are escaped by libxml2; characters that XML 1.0 forbids
/// (most control characters) are replaced by U+FFFD so the output always re-parses.
/// Names are checked, and a misuse (such as ending an element that was never started)
/// throws instead of producing broken output.
public final class XMLWriter {
    public typealias Sink = (UnsafeRawBufferPointer) throws -> Void

    private let box: SinkBox
    private let collector = LibXMLIssueCollector()
    private let writer: xmlTextWriterPtr
    private let output: xmlOutputBufferPtr
    private let indents: Bool
    private var openElements = 0
    /// The depth of the outermost open element that holds text, if any. Inside it nothing is
    /// indented: whitespace there would become part of the text (mixed content such as
    /// `<p>a <em>b</em> c</p>`). libxml2's writer indents every start tag regardless.
    private var mixedFromDepth: Int?

    /// - Parameters:
    ///   - indent: pretty-print with two spaces per level.
    ///   - sink: receives the bytes; an error it throws stops the writer and is rethrown.
    public init(indent: Bool = true, sink: @escaping Sink) throws(XMLWriteError) {
        LibXML.ensureInitialised()
        box = SinkBox(sink: sink)
        guard
            let output = xmlOutputBufferCreateIO(
                writeToSink, closeSink, Unmanaged.passRetained(box).toOpaque(), nil)
        else { throw XMLWriteError.libxml("cannot create the output buffer") }
        guard let writer = xmlNewTextWriter(output) else {
            xmlOutputBufferClose(output)
            throw XMLWriteError.libxml("cannot create the text writer")
        }
        self.writer = writer
        self.output = output
        self.indents = indent
        if indent {
            xmlTextWriterSetIndent(writer, 1)
            xmlTextWriterSetIndentString(writer, "  ")
        }
    }

    deinit { xmlFreeTextWriter(writer) }

    public func startDocument() throws(XMLWriteError) {
        try check(
            collector.collecting { xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil) }, "start the document")
    }

    /// Starts an element; `namespace` declares the default namespace on it. With `mixed`, the
    /// element's content is written without indentation (for text with inline elements, which
    /// a text written into it also implies from then on).
    public func startElement(_ name: String, namespace: String? = nil, mixed: Bool = false) throws(XMLWriteError) {
        try checkName(name)
        if let namespace {
            try check(
                collector.collecting { xmlTextWriterStartElementNS(writer, nil, name, namespace) }, "start <\(name)>")
        } else {
            try check(collector.collecting { xmlTextWriterStartElement(writer, name) }, "start <\(name)>")
        }
        openElements += 1
        if mixed { enterMixedContent() }
    }

    /// Writes an attribute of the element just started. `name` may carry a prefix (`xml:lang`).
    public func attribute(_ name: String, _ value: String) throws(XMLWriteError) {
        for part in name.split(separator: ":", omittingEmptySubsequences: false) { try checkName(String(part)) }
        try check(
            collector.collecting { xmlTextWriterWriteAttribute(writer, name, Self.clean(value)) },
            "write attribute \(name)")
    }

    public func text(_ text: String) throws(XMLWriteError) {
        if openElements > 0 { enterMixedContent() }
        try check(collector.collecting { xmlTextWriterWriteString(writer, Self.clean(text)) }, "write text")
    }

    public func comment(_ text: String) throws(XMLWriteError) {
        let safe = Self.clean(text).replacingOccurrences(of: "--", with: "- -")
        try check(collector.collecting { xmlTextWriterWriteComment(writer, safe) }, "write a comment")
    }

    public func endElement() throws(XMLWriteError) {
        guard openElements > 0 else { throw XMLWriteError.misuse("endElement() without an open element") }
        try check(collector.collecting { xmlTextWriterEndElement(writer) }, "end an element")
        if mixedFromDepth == openElements {
            mixedFromDepth = nil
            xmlTextWriterSetIndent(writer, 1)
            // The line break libxml2 writes after an end tag when indenting.
            try check(collector.collecting { xmlOutputBufferWriteString(output, "\n") }, "end a line")
        }
        openElements -= 1
    }

    /// Stops indenting until the current element ends.
    private func enterMixedContent() {
        guard indents, mixedFromDepth == nil else { return }
        mixedFromDepth = openElements
        xmlTextWriterSetIndent(writer, 0)
    }

    /// `<name attributes…>text</name>` in one call.
    public func element(_ name: String, attributes: [(String, String)] = [], text: String? = nil)
        throws(XMLWriteError)
    {
        try startElement(name)
        for (key, value) in attributes { try attribute(key, value) }
        if let text { try self.text(text) }
        try endElement()
    }

    /// Closes every open element, ends the document and flushes everything to the sink.
    public func endDocument() throws(XMLWriteError) {
        try check(collector.collecting { xmlTextWriterEndDocument(writer) }, "end the document")
        openElements = 0
        mixedFromDepth = nil
        try check(collector.collecting { xmlTextWriterFlush(writer) }, "flush")
    }

    private func check(_ result: Int32, _ action: String) throws(XMLWriteError) {
        if let error = box.error {
            box.error = nil
            throw XMLWriteError.sink(error)
        }
        if result < 0 { throw XMLWriteError.libxml("could not \(action)") }
    }

    private func checkName(_ name: String) throws(XMLWriteError) {
        guard xmlValidateNCName(name, 0) == 0 else { throw XMLWriteError.misuse("'\(name)' is not a valid XML name") }
    }

    /// Replaces characters XML 1.0 does not allow with U+FFFD.
    static func clean(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { !isAllowed($0) }) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { scalars.append(isAllowed(scalar) ? scalar : "\u{FFFD}") }
        return String(scalars)
    }

    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }
}

@available(*, unavailable, message: "wraps a libxml2 writer that is not thread-safe")
extension XMLWriter: Sendable {}

public enum XMLWriteError: Error, CustomStringConvertible {
    case libxml(String)
    case misuse(String)
    case sink(any Error)

    public var description: String {
        switch self {
        case .libxml(let what): "XML writer: \(what)"
        case .misuse(let what): "XML writer used wrongly: \(what)"
        case .sink(let error): "writing failed: \(error)"
        }
    }
}

private final class SinkBox {
    let sink: XMLWriter.Sink
    var error: (any Error)?
    init(sink: @escaping XMLWriter.Sink) { self.sink = sink }
}

private func writeToSink(_ context: UnsafeMutableRawPointer?, _ buffer: UnsafePointer<CChar>?, _ length: Int32)
    -> Int32
{
    guard let context, let buffer else { return -1 }
    let box = Unmanaged<SinkBox>.fromOpaque(context).takeUnretainedValue()
    guard box.error == nil else { return -1 }
    do {
        try box.sink(UnsafeRawBufferPointer(start: buffer, count: Int(length)))
        return length
    } catch {
        box.error = error
        return -1
    }
}

private func closeSink(_ context: UnsafeMutableRawPointer?) -> Int32 {
    if let context { Unmanaged<SinkBox>.fromOpaque(context).release() }
    return 0
}
