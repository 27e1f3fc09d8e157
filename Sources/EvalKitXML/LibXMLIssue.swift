import CLibXML2
import Foundation

/// One message libxml2 reported, copied out of C memory while it was still valid.
struct LibXMLIssue {
    var message: String
    var isWarning: Bool
    var line: Int
    var column: Int
    var code: Int32
    /// The element (or the attribute's element) the message is about, when known.
    var elementName: String?
    var attributeName: String?
}

/// Collects libxml2's structured errors for the duration of one operation.
final class LibXMLIssueCollector {
    private(set) var issues: [LibXMLIssue] = []
    private(set) var dropped = 0
    /// Bounds memory when a broken file produces a flood of messages.
    let limit = 200

    var context: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    static let callback: xmlStructuredErrorFunc = { context, error in
        guard let context, let error else { return }
        let collector = Unmanaged<LibXMLIssueCollector>.fromOpaque(context).takeUnretainedValue()
        collector.record(error.pointee)
    }

    /// Runs `body` with this collector receiving every structured error raised on this thread.
    func collecting<T>(_ body: () throws -> T) rethrows -> T {
        xmlSetStructuredErrorFunc(context, Self.callback)
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        return try body()
    }

    private func record(_ error: xmlError) {
        guard issues.count < limit else {
            dropped += 1
            return
        }
        var issue = LibXMLIssue(
            message: error.message.map { String(cString: $0) } ?? "unknown XML error",
            isWarning: error.level == XML_ERR_WARNING,
            line: Int(error.line),
            column: Int(error.int2),
            code: Int32(error.code))
        if let raw = error.node {
            let node = raw.assumingMemoryBound(to: xmlNode.self)
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                issue.elementName = qualifiedName(node)
                issue.line = Int(xmlGetLineNo(node))
            case XML_ATTRIBUTE_NODE:
                let attribute = raw.assumingMemoryBound(to: xmlAttr.self)
                issue.attributeName = attribute.pointee.name.map { String(cString: $0) }
                if let parent = attribute.pointee.parent {
                    issue.elementName = qualifiedName(parent)
                    issue.line = Int(xmlGetLineNo(parent))
                }
            default:
                break
            }
        }
        // Some schema errors carry only a line, no node; the names are in the message.
        if issue.elementName == nil, let named = Self.quotedName(after: "Element '", in: issue.message) {
            issue.elementName = named
        }
        if issue.attributeName == nil, let named = Self.quotedName(after: "attribute '", in: issue.message) {
            issue.attributeName = named
        }
        issues.append(issue)
    }

    /// A name quoted in a schema message: "Element '{urn}item', attribute 'kind': …".
    private static func quotedName(after marker: String, in message: String) -> String? {
        guard let range = message.range(of: marker) else { return nil }
        let rest = message[range.upperBound...]
        guard let end = rest.firstIndex(of: "'") else { return nil }
        let name = rest[..<end]
        // Clark notation "{urn}local" for namespaced attributes.
        if let close = name.firstIndex(of: "}") { return String(name[name.index(after: close)...]) }
        return String(name)
    }
}

/// The name as written in the source: `prefix:local` or `local`.
func qualifiedName(_ node: xmlNodePtr) -> String {
    let local = node.pointee.name.map { String(cString: $0) } ?? ""
    if let prefix = node.pointee.ns?.pointee.prefix {
        return String(cString: prefix) + ":" + local
    }
    return local
}
