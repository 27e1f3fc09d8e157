import EvalKitXML
import Testing

struct XMLWriterTests {
    private func write(_ body: (XMLWriter) throws -> Void) throws -> String {
        var bytes: [UInt8] = []
        let writer = try XMLWriter { bytes.append(contentsOf: $0) }
        try writer.startDocument()
        try body(writer)
        try writer.endDocument()
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func writtenDocumentReparsesWithTheSameTextAndAttributes() throws {
        let output = try write { w in
            try w.startElement("report", namespace: "urn:r")
            try w.element(
                "quote", attributes: [("xml:lang", "vi"), ("site", "a<b&\"c\"")], text: "Tôi <an toàn> & khỏe")
            try w.endElement()
        }
        let root = try XMLDocument.parse(Array(output.utf8), fileName: "out.xml").root
        #expect(root.name == "report")
        #expect(root.namespace == "urn:r")
        let quote = try #require(root.child(named: "quote"))
        #expect(quote.text == "Tôi <an toàn> & khỏe")
        #expect(quote.attribute("site")?.value == "a<b&\"c\"")
        #expect(quote.attribute("lang", namespace: xmlNamespaceURI)?.value == "vi")
    }

    // Indentation inside mixed content would become part of the text.
    @Test func mixedContentIsWrittenWithoutIndentation() throws {
        let output = try write { w in
            try w.startElement("section")
            try w.startElement("p")
            try w.text("a ")
            try w.element("em", text: "centre")
            try w.text(" model")
            try w.endElement()
            try w.startElement("p", mixed: true)
            try w.element("em", text: "First")
            try w.text(" word")
            try w.endElement()
            try w.element("heading", text: "Next")
            try w.endElement()
        }
        #expect(
            output == """
                <?xml version="1.0" encoding="UTF-8"?>
                <section>
                  <p>a <em>centre</em> model</p>
                  <p><em>First</em> word</p>
                  <heading>Next</heading>
                </section>

                """)
    }

    @Test func forbiddenControlCharactersBecomeReplacementCharacters() throws {
        let output = try write { w in try w.element("t", text: "a\u{0}b\u{1B}c\td") }
        let root = try XMLDocument.parse(Array(output.utf8), fileName: "out.xml").root
        #expect(root.text == "a\u{FFFD}b\u{FFFD}c\td")
    }

    @Test func invalidNamesAndUnbalancedEndsThrow() throws {
        #expect(throws: XMLWriteError.self) { try write { try $0.startElement("1bad") } }
        #expect(throws: XMLWriteError.self) { try write { try $0.endElement() } }
    }

    @Test func sinkFailureIsRethrown() throws {
        struct Full: Error {}
        let writer = try XMLWriter(indent: false) { _ in throw Full() }
        // libxml2 flushes in chunks, so the failure surfaces at the first write that reaches the sink.
        #expect(throws: XMLWriteError.self) {
            try writer.startDocument()
            try writer.startElement("a")
            try writer.text(String(repeating: "x", count: 100_000))
            try writer.endDocument()
        }
    }
}
