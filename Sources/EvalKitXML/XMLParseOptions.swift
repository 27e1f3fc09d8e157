import CLibXML2

/// libxml2 parser flags. `.secure` is what EvalKit always uses for input it did not write.
public struct XMLParseOptions: OptionSet, Sendable {
    public let rawValue: Int32
    public init(rawValue: Int32) { self.rawValue = rawValue }

    /// Never open a network connection.
    public static let noNetwork = XMLParseOptions(rawValue: Int32(XML_PARSE_NONET.rawValue))
    /// Keep line numbers beyond 65535 exact.
    public static let bigLines = XMLParseOptions(rawValue: Int32(XML_PARSE_BIG_LINES.rawValue))
    /// Silence libxml2's own printing: every message reaches EvalKit's collector instead.
    public static let quiet = XMLParseOptions(
        rawValue: Int32(XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue))

    /// No network, exact lines, and (by omission) no entity substitution, no DTD loading and
    /// libxml2's default size and depth limits (no `XML_PARSE_HUGE`).
    public static let secure: XMLParseOptions = [.noNetwork, .bigLines]
}
