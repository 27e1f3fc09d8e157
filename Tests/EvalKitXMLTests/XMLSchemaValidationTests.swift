import EvalKitCore
import EvalKitXML
import Foundation
import Testing

struct XMLSchemaValidationTests {
    static let common = """
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns="urn:t" targetNamespace="urn:t"
                   elementFormDefault="qualified">
          <xs:simpleType name="Kind"><xs:restriction base="xs:token">
            <xs:enumeration value="a"/><xs:enumeration value="b"/>
          </xs:restriction></xs:simpleType>
        </xs:schema>
        """
    static let main = """
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns="urn:t" targetNamespace="urn:t"
                   elementFormDefault="qualified">
          <xs:include schemaLocation="common.xsd"/>
          <xs:element name="root"><xs:complexType><xs:sequence>
            <xs:element name="item" maxOccurs="unbounded"><xs:complexType>
              <xs:attribute name="kind" type="Kind" use="required"/>
            </xs:complexType></xs:element>
          </xs:sequence></xs:complexType></xs:element>
        </xs:schema>
        """

    private func schema() throws -> XMLSchema {
        try XMLSchema(
            set: "validation-test", main: "main.xsd",
            resources: ["main.xsd": Array(Self.main.utf8), "common.xsd": Array(Self.common.utf8)])
    }

    private func validate(_ text: String) throws -> [String] {
        let document = try XMLDocument.parse(Array(text.utf8), fileName: "doc.xml")
        return document.validate(against: try schema()).map(\.description)
    }

    @Test func validDocumentHasNoDiagnostics() throws {
        #expect(try validate(#"<root xmlns="urn:t"><item kind="a"/></root>"#) == [])
    }

    @Test func everyViolationIsReportedAtItsAttribute() throws {
        let found = try validate("<root xmlns=\"urn:t\">\n  <item kind=\"c\"/>\n  <item  kind=\"d\"/>\n</root>")
        #expect(found.count == 2)
        #expect(found[0].hasPrefix("doc.xml:2:9: error: Element 'item', attribute 'kind': "))
        #expect(found[1].hasPrefix("doc.xml:3:10: error: Element 'item', attribute 'kind': "))
    }

    @Test func unexpectedElementIsReportedAtItsStartTag() throws {
        let found = try validate("<root xmlns=\"urn:t\"><item kind=\"a\"/><oops/></root>")
        #expect(found.count == 1)
        #expect(found[0].hasPrefix("doc.xml:1:37: error: Element 'oops': This element is not expected."))
    }

    @Test func includesNeverReachOutsideTheSchemaSet() {
        let escaping = Self.main.replacingOccurrences(of: "common.xsd", with: "../../../etc/hostname")
        #expect(throws: DiagnosticsError.self) {
            try XMLSchema(set: "escape-test", main: "main.xsd", resources: ["main.xsd": Array(escaping.utf8)])
        }
    }
}
