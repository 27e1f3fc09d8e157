import EvalKitCore
import EvalKitXML
public import Foundation

/// Writes a `<judgements>` file: checked against the schema before it replaces the old file,
/// so a bad write never leaves a file the loader would refuse.
public enum JudgementsWriter {
    /// The XML of `judgements`, every translation of each justification kept.
    public static func xml(_ judgements: [Judgement]) throws -> Data {
        var data = Data()
        let writer = try XMLWriter { data.append(contentsOf: $0) }
        try writer.startDocument()
        try writer.comment(
            " Analysts' judgements over computed ratings, each with its reason (docs/scoring.md). "
                + "Written by evalkit score judge; may be edited by hand. ")
        try writer.startElement("judgements", namespace: EvalKitSchema.namespace)
        for judgement in judgements {
            try writer.startElement("judgement")
            try writer.attribute("unit", judgement.unit)
            switch judgement.target {
            case .criterion(let id): try writer.attribute("criterion", id)
            case .evaluationQuestion(let id): try writer.attribute("evaluationQuestion", id)
            }
            try writer.attribute("rating", judgement.rating)
            try writer.attribute("analyst", judgement.analyst)
            try writer.attribute("date", judgement.date)
            try writer.startElement("justification")
            let languages = judgement.justification.translations.keys.sorted {
                ($0 == LocalizedText.fallbackLanguage ? "" : $0) < ($1 == LocalizedText.fallbackLanguage ? "" : $1)
            }
            for language in languages {
                try writer.startElement("text")
                try writer.attribute("xml:lang", language)
                try writer.text(judgement.justification.translations[language] ?? "")
                try writer.endElement()
            }
            try writer.endElement()
            try writer.endElement()
        }
        try writer.endElement()
        try writer.endDocument()
        return data
    }

    /// Replaces `path` with `judgements`, after checking the new text against the schema.
    /// - Throws: `DiagnosticsError` when the output would not validate (a bug),
    ///   `AtomicFileError` when the file cannot be written.
    public static func write(_ judgements: [Judgement], to path: String) throws {
        let data = try xml(judgements)
        let document = try XMLDocument.parse(Array(data), fileName: path)
        let problems = document.validate(against: EvalKitSchema.compiled)
        guard problems.isEmpty else { throw DiagnosticsError(problems, exitStatus: .software) }
        try AtomicFile.write(data, to: path)
    }
}
