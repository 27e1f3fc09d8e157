public import EvalKitCore
public import EvalKitInstruments
public import EvalKitXML
public import Foundation

/// Writes the project codebook as a REFI-QDA codebook (`.qdc`, namespace
/// `urn:QDA-XML:codebook:1.0`), valid against the official `Codebook.xsd`.
///
/// Each code becomes a `<Code>` with a stable GUID (see `StableGUID`), its English name, `isCodable="true"`
/// and its colour; its `<Description>` is plain text: the English "use" text, then
/// "Do not use: …" (unless the text already starts so) and "Example: …" lines when the code has them. Children are nested as in the
/// codebook. REFI-QDA has one name per code, so translations are not exported. No `<Sets>` are written.
public struct CodebookExporter: CodebookWriter, Sendable {
    public static let namespace = "urn:QDA-XML:codebook:1.0"

    /// The `origin` attribute of `<CodeBook>`.
    public var origin: String

    public init(origin: String = "EvalKit") {
        self.origin = origin
    }

    /// Streams the codebook to `sink`.
    /// - Throws: `CodebookExportError` when the codebook has no codes (REFI-QDA needs at least one),
    ///   or when writing fails.
    public func write(_ codebook: Codebook, to sink: @escaping XMLWriter.Sink) throws(CodebookExportError) {
        guard !codebook.codes.isEmpty else { throw .noCodes(codebookID: codebook.id) }
        do {
            let writer = try XMLWriter(sink: sink)
            try writer.startDocument()
            try writer.startElement("CodeBook", namespace: Self.namespace)
            try writer.attribute("origin", origin)
            try writeCodes(of: codebook, to: writer)
            try writer.endElement()
            try writer.endDocument()
        } catch {
            throw .writing(error)
        }
    }

    /// The whole export in memory, for writing atomically.
    public func data(for codebook: Codebook) throws(CodebookExportError) -> Data {
        var data = Data()
        try write(codebook) { data.append(contentsOf: $0) }
        return data
    }

    /// The GUID a code gets in every export of this codebook.
    public static func guid(codebookID: String, codeID: String) -> String {
        StableGUID.make(scope: codebookID, key: codeID)
    }

    /// The plain-text `<Description>` of a code; empty when the code has no English texts.
    public static func description(of code: Code) -> String {
        var lines: [String] = []
        let use = code.use.english
        if !use.isEmpty { lines.append(use) }
        if let doNotUse = code.doNotUse?.english, !doNotUse.isEmpty {
            // Most codebooks already start this text with "Do not use"; do not say it twice.
            let labelled = doNotUse.lowercased().hasPrefix("do not use")
            lines.append(labelled ? doNotUse : "Do not use: \(doNotUse)")
        }
        if let example = code.example?.english, !example.isEmpty { lines.append("Example: \(example)") }
        return lines.joined(separator: "\n")
    }

    /// Writes `<Codes>` with every code of `codebook`, nested; shared by the codebook (`.qdc`) and
    /// the project (`.qdpx`) exports, whose `<Code>` elements are the same. The codebook must have codes.
    func writeCodes(of codebook: Codebook, to writer: XMLWriter) throws(XMLWriteError) {
        try writer.startElement("Codes")
        for code in codebook.codes { try write(code, codebookID: codebook.id, to: writer) }
        try writer.endElement()
    }

    private func write(_ code: Code, codebookID: String, to writer: XMLWriter) throws(XMLWriteError) {
        try writer.startElement("Code")
        try writer.attribute("guid", Self.guid(codebookID: codebookID, codeID: code.id))
        try writer.attribute("name", code.name.english.isEmpty ? code.id : code.name.english)
        try writer.attribute("isCodable", "true")
        if Self.isColour(code.colour) { try writer.attribute("color", code.colour.uppercased()) }
        let description = Self.description(of: code)
        if !description.isEmpty { try writer.element("Description", text: description) }
        for child in code.children { try write(child, codebookID: codebookID, to: writer) }
        try writer.endElement()
    }

    /// `#RRGGBB`, as REFI-QDA's `RGBType` accepts it.
    static func isColour(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        return scalars.count == 7 && scalars[0] == "#"
            && scalars.dropFirst().allSatisfy {
                ("0"..."9").contains($0) || ("a"..."f").contains($0) || ("A"..."F").contains($0)
            }
    }
}

/// Why a codebook could not be exported.
public enum CodebookExportError: EvalKitError {
    case noCodes(codebookID: String)
    case writing(XMLWriteError)

    public var exitStatus: ExitStatus {
        switch self {
        case .noCodes: .dataError
        case .writing: .ioError
        }
    }

    public var sentence: String {
        switch self {
        case .noCodes(let id): "the codebook '\(id)' has no codes; a REFI-QDA codebook needs at least one."
        case .writing(let error): "\(error)"
        }
    }
}
