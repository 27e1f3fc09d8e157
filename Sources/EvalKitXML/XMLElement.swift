public import EvalKitCore

/// An element of a parsed document, copied out of libxml2 into plain Swift values with the
/// position of its start tag, so that later checks can point at the exact place.
public struct XMLElement: Sendable {
    /// The local name (without prefix).
    public var name: String
    public var namespace: String?
    public var attributes: [XMLAttribute]
    public var children: [XMLElement]
    /// The element's own text (text and CDATA children, concatenated), untrimmed.
    public var text: String
    /// Text and child elements in document order, for mixed content such as `<p>a <em>b</em> c</p>`.
    public var content: [Content] = []
    public var location: SourceLocation

    /// One piece of an element's content.
    public enum Content: Sendable {
        case text(String)
        /// An index into `children`.
        case element(Int)
    }

    public init(
        name: String, namespace: String? = nil, attributes: [XMLAttribute] = [], children: [XMLElement] = [],
        text: String = "", location: SourceLocation
    ) {
        self.name = name
        self.namespace = namespace
        self.attributes = attributes
        self.children = children
        self.text = text
        self.location = location
    }

    /// The attribute with this local name (and namespace, where given).
    public func attribute(_ name: String, namespace: String? = nil) -> XMLAttribute? {
        attributes.first { $0.name == name && $0.namespace == namespace }
    }

    /// The child elements with this local name, in document order.
    public func children(named name: String) -> [XMLElement] {
        children.filter { $0.name == name }
    }

    public func child(named name: String) -> XMLElement? {
        children.first { $0.name == name }
    }
}

public struct XMLAttribute: Sendable {
    public var name: String
    public var namespace: String?
    public var value: String
    public var location: SourceLocation

    public init(name: String, namespace: String? = nil, value: String, location: SourceLocation) {
        self.name = name
        self.namespace = namespace
        self.value = value
        self.location = location
    }
}

/// The namespace of `xml:lang` and `xml:space`.
public let xmlNamespaceURI = "http://www.w3.org/XML/1998/namespace"
