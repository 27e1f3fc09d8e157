public import EvalKitInstruments
public import Foundation

/// The codebook as the CSV that Taguette (and spreadsheets) read: a `tag` column with the
/// code's id, whose dots give the hierarchy (`experience.debt` under `experience`), and a
/// `description` with the code's name and when to use it. UTF-8, CRLF line ends, every field
/// quoted as RFC 4180 allows.
public struct CodebookCSVExporter: CodebookWriter, Sendable {
    public var language: String

    public init(language: String = LocalizedText.fallbackLanguage) {
        self.language = language
    }

    public func data(for codebook: Codebook) -> Data {
        var lines = [Self.row(["tag", "description"])]
        for entry in codebook.allCodes {
            let code = entry.code
            let description = "\(code.name.text(in: language)): \(code.use.text(in: language))"
            lines.append(Self.row([code.id, description]))
        }
        return Data(lines.joined().utf8)
    }

    /// Every field quoted, which Taguette's reader expects of a codebook.
    static func row(_ fields: [String]) -> String {
        fields.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: ",") + "\r\n"
    }
}
