import EvalKitCore
import EvalKitXML
import Testing

struct XMLDocumentParsingTests {
    private func parse(_ text: String) throws -> XMLElement {
        try XMLDocument.parse(Array(text.utf8), fileName: "t.xml").root
    }

    private func errors(_ text: String) -> [Diagnostic] {
        errors(Array(text.utf8))
    }

    private func errors(_ bytes: [UInt8]) -> [Diagnostic] {
        do {
            _ = try XMLDocument.parse(bytes, fileName: "t.xml")
            return []
        } catch {
            return error.diagnostics
        }
    }

    @Test func elementsAndAttributesCarryLineAndCharacterColumn() throws {
        // "Tiếng" has multi-byte characters: columns count characters, not bytes.
        let root = try parse("<a>\n  <b x=\"1\"><c>Tiếng</c><c lang=\"vi\"/></b>\n</a>")
        let b = try #require(root.child(named: "b"))
        #expect(b.location.description == "t.xml:2:3")
        #expect(b.attribute("x")?.location.description == "t.xml:2:6")
        let cs = b.children(named: "c")
        #expect(cs.map(\.location.column) == [12, 24])
        #expect(cs[0].text == "Tiếng")
        #expect(cs[1].attribute("lang")?.value == "vi")
        #expect(cs[1].attribute("lang")?.location.description == "t.xml:2:27")
    }

    @Test func namespacesAndXMLLangAreResolved() throws {
        let root = try parse(#"<r xmlns="urn:x"><t xml:lang="vi">Xin chào &amp; tạm biệt</t></r>"#)
        #expect(root.namespace == "urn:x")
        let t = try #require(root.child(named: "t"))
        #expect(t.attribute("lang", namespace: xmlNamespaceURI)?.value == "vi")
        #expect(t.text == "Xin chào & tạm biệt")
    }

    @Test func emptyFileIsReportedAsEmpty() {
        #expect(errors("").map(\.description) == ["t.xml:1:1: error: the file is empty; expected an XML document"])
        #expect(errors("  \n ").count == 1)
    }

    @Test func truncatedDocumentNamesTheLineWhereItBroke() {
        let found = errors("<a>\n<b>\n<c>text")
        #expect(!found.isEmpty)
        #expect(found.allSatisfy { $0.location?.file == "t.xml" && $0.severity == .error })
        #expect(found.contains { $0.location?.line == 3 })
    }

    @Test func binaryBytesAreAClearErrorNotACrash() {
        let bytes: [UInt8] =
            [0x00, 0xFF, 0xFE, 0x13, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array(repeating: 7, count: 100)
        let found = errors(bytes)
        #expect(!found.isEmpty)
        #expect(found[0].description.hasPrefix("t.xml:1:"))
    }

    @Test func billionLaughsIsRefusedAtTheDoctype() {
        var text = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n"
        for level in 1...9 {
            let previous = level == 1 ? "lol" : "lol\(level - 1)"
            text += " <!ENTITY lol\(level) \"" + String(repeating: "&\(previous);", count: 10) + "\">\n"
        }
        text += "]>\n<lolz>&lol9;</lolz>"
        #expect(
            errors(text).map(\.description) == [
                "t.xml:2:1: error: DOCTYPE declarations are not allowed: EvalKit files need no DTD, "
                    + "and a DTD can hide entity expansion or references to outside files"
            ])
    }

    @Test func externalEntityIsRefusedWithoutReadingTheFile() {
        let text = "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<r>&x;</r>"
        let found = errors(text)
        #expect(found.count == 1)
        #expect(found[0].message.hasPrefix("DOCTYPE declarations are not allowed"))
    }

    @Test func undeclaredEntityIsAnErrorNotAnExpansion() {
        let found = errors("<r>&secret;</r>")
        #expect(found.first?.message.contains("secret") == true)
    }

    @Test func deepNestingStopsWithAReadableMessage() {
        let depth = 5_000
        let text = String(repeating: "<a>", count: depth) + String(repeating: "</a>", count: depth)
        let found = errors(text)
        #expect(found.contains { $0.message == "elements are nested too deeply (more than 256 levels)" })
    }

    @Test func severalWellFormednessErrorsStayBounded() {
        let text = "<r>" + String(repeating: "<x a='1' a='2'/>\n", count: 1_000) + "</r>"
        let found = errors(text)
        #expect(!found.isEmpty)
        #expect(found.count <= 201)
    }
}
