import EvalKitCore
import Foundation

/// Adds codes to the project's codebook file without touching anything else in it: the new
/// `<code>` elements are inserted as text before `</codebook>`, so comments, order and layout
/// of what the analysts wrote stay as they were. A project without a codebook gets a new file.
///
/// The result is loaded and checked like any codebook before it replaces the file (a
/// temporary file renamed into place): an invalid result changes nothing.
public struct CodebookAppender: Sendable {
    public init() {}

    /// Where a project without a codebook gets one.
    public static func newFile(in layout: ProjectLayout) -> String {
        (layout.instrumentsDirectory as NSString).appendingPathComponent("codebook.xml")
    }

    /// The codebook file with `codes` added at its top level.
    /// - Parameter file: an existing codebook file, or where to make one.
    /// - Returns: the codebook as loaded from the new file.
    /// - Throws: `DiagnosticsError` (65) when the result would not load, `AtomicFileError`.
    @discardableResult
    public func append(_ codes: [Code], to file: String) throws -> Codebook {
        let existing =
            FileManager.default.fileExists(atPath: file) ? try String(contentsOfFile: file, encoding: .utf8) : nil
        var elements = ""
        for code in codes { write(code, indent: "  ", into: &elements) }
        let text: String
        if let existing {
            guard let end = existing.range(of: "</codebook>", options: .backwards) else {
                throw DiagnosticsError([
                    .error(
                        "the codebook has no closing </codebook>; new codes cannot be added",
                        at: SourceLocation(file: file, line: 1, column: 1))
                ])
            }
            text =
                existing[..<end.lowerBound].trimmingTrailingSpaces() + "\n" + elements + "</codebook>"
                + existing[end.upperBound...]
        } else {
            text = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!-- Codes of this project. Format: docs/codebook.md. -->
                <codebook xmlns="urn:evalkit:1" id="codes" version="1">
                  <title><text xml:lang="en">Codes</text></title>

                \(elements)</codebook>

                """
        }
        let check = (NSTemporaryDirectory() as NSString).appendingPathComponent(
            "evalkit-codebook-\(UUID().uuidString).xml")
        defer { try? FileManager.default.removeItem(atPath: check) }
        try AtomicFile.write(Data(text.utf8), to: check)
        let loaded = ProjectLoader().load(files: [check])
        let errors = loaded.diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty, let codebook = loaded.project.codebook else {
            throw DiagnosticsError(
                errors.isEmpty ? [.error("no codebook", at: SourceLocation(file: file, line: 1, column: 1))] : errors)
        }
        try AtomicFile.write(Data(text.utf8), to: file)
        var placed = codebook
        placed.file = file
        return placed
    }

    private func write(_ code: Code, indent: String, into out: inout String) {
        out +=
            "\(indent)<code id=\"\(escape(code.id))\" colour=\"\(code.colour)\" valence=\"\(code.valence.rawValue)\">\n"
        out += "\(indent)  <name>\(texts(code.name))</name>\n"
        out += "\(indent)  <definition>\n\(indent)    <use>\(texts(code.use))</use>\n\(indent)  </definition>\n"
        for child in code.children { write(child, indent: indent + "  ", into: &out) }
        out += "\(indent)</code>\n"
    }

    private func texts(_ text: LocalizedText) -> String {
        // English first (the schema wants it), then the others by language code.
        text.translations.sorted { ($0.key == "en" ? "" : $0.key) < ($1.key == "en" ? "" : $1.key) }.map {
            "<text xml:lang=\"\($0.key)\">\(escape($0.value))</text>"
        }.joined()
    }

    private func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default:
                // Characters XML 1.0 forbids become U+FFFD, as the XML writer does.
                let allowed = scalar.value >= 0x20 || scalar == "\t" || scalar == "\n" || scalar == "\r"
                out.unicodeScalars.append(allowed ? scalar : "\u{FFFD}")
            }
        }
        return out
    }
}

extension Substring {
    fileprivate func trimmingTrailingSpaces() -> String {
        var text = String(self)
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        return text
    }
}
