import CLibXML2
import Synchronization

/// Process-wide libxml2 set-up, done once before the first call into the library.
///
/// The external-entity loader is replaced by one that serves only the in-memory resources
/// registered here (EvalKit's embedded schemas): no file, no network address and no DTD
/// named by a document is ever fetched.
enum LibXML {
    static let resourcePrefix = "/__evalkit__/"

    private static let resources = Mutex<[String: [UInt8]]>([:])

    private static let initialised: Void = {
        xmlInitParser()
        xmlSetExternalEntityLoader(loadRegisteredResourceOnly)
    }()

    static func ensureInitialised() { _ = initialised }

    /// Makes `bytes` loadable under `url` (which must start with `resourcePrefix`).
    static func register(_ bytes: [UInt8], at url: String) {
        resources.withLock { $0[url] = bytes }
    }

    static func resource(at url: String) -> [UInt8]? {
        resources.withLock { $0[url] }
    }
}

private func loadRegisteredResourceOnly(
    _ url: UnsafePointer<CChar>?, _ id: UnsafePointer<CChar>?, _ context: xmlParserCtxtPtr?
) -> xmlParserInputPtr? {
    guard let url, let bytes = LibXML.resource(at: String(cString: url)) else { return nil }
    let buffer = bytes.withUnsafeBufferPointer { raw in
        raw.withMemoryRebound(to: CChar.self) { chars in
            // Copies the bytes into libxml2's own buffer.
            xmlParserInputBufferCreateMem(chars.baseAddress, Int32(chars.count), XML_CHAR_ENCODING_NONE)
        }
    }
    guard let buffer else { return nil }
    guard let input = xmlNewIOInputStream(context, buffer, XML_CHAR_ENCODING_NONE) else {
        xmlFreeParserInputBuffer(buffer)
        return nil
    }
    // libxml2 frees `filename` with xmlFree, so it must come from libxml2's allocator.
    input.pointee.filename = UnsafeRawPointer(xmlCharStrdup(url)).map {
        $0.assumingMemoryBound(to: CChar.self)
    }
    return input
}
