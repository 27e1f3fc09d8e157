import EvalKitCore
import EvalKitXML
import Testing

/// One element with a huge number of attributes is refused before libxml2, whose check of
/// each attribute against every other takes minutes for 200,000 of them.
struct CrowdedTagTests {
    private func document(attributes: Int, comment: String = "") -> [UInt8] {
        let list = (0..<attributes).map { "a\($0)=\"v = '\($0)'\"" }.joined(separator: " ")
        return Array("<?xml version=\"1.0\"?>\n<root>\(comment)\n  <item \(list)/>\n</root>".utf8)
    }

    private func problems(_ bytes: [UInt8]) -> [String] {
        do {
            _ = try XMLDocument.parse(bytes, fileName: "t.xml")
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test func anElementWithManyAttributesWithinTheLimitIsRead() throws {
        let root = try XMLDocument.parse(document(attributes: 256), fileName: "t.xml").root
        #expect(root.children(named: "item").first?.attribute("a255")?.value == "v = '255'")
    }

    @Test func oneMoreIsRefusedAtItsTag() {
        #expect(
            problems(document(attributes: 257)) == [
                "t.xml:3:3: error: an element has more than 256 attributes; no EvalKit or REFI-QDA file has that "
                    + "many, and reading them would take minutes"
            ])
    }

    @Test func twoHundredThousandAttributesAreRefusedAtOnce() {
        #expect(problems(document(attributes: 200_000)).first?.hasPrefix("t.xml:3:3: error: an element has") == true)
    }

    @Test func equalsSignsInCommentsAndTextAreNotAttributes() throws {
        let signs = String(repeating: "a=b ", count: 400)
        let text = "<?xml version=\"1.0\"?>\n<root><!-- \(signs) --><t>\(signs)</t><![CDATA[\(signs)]]></root>"
        #expect(problems(Array(text.utf8)) == [])
    }
}
