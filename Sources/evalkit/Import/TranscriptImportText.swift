import EvalKitImport
import EvalKitInstruments
import EvalKitStore

/// What `evalkit transcript import` prints for a file: how it was split, what was stored,
/// where likely names are.
struct TranscriptImportText {
    let instrument: Instrument
    let maskNames: Bool

    func dryRun(_ plan: TranscriptImporter.FilePlan) -> String {
        var lines = ["\(plan.path): would become one session of '\(instrument.id)':"]
        for part in plan.split.parts {
            let how =
                switch part.match {
                case .marker: "marker"
                case .heading: "heading"
                case .none: "not under a question"
                }
            let words = part.contributions.reduce(0) { $0 + $1.text.split(whereSeparator: \.isWhitespace).count }
            let speakers = Set(part.contributions.map(\.speaker)).count
            let who = speakers > 1 ? ", \(speakers) speakers" : ""
            lines.append("  line \(part.line): \(part.questionID) (\(how)), \(words) words\(who)")
        }
        for marker in plan.split.unknownMarkers {
            lines.append(
                "  line \(marker.line): [\(marker.id)] is not a question of this guide; its text is kept under "
                    + "'\(TranscriptSplitter.wholeTranscriptID)'")
        }
        let matched = Set(plan.split.parts.map(\.questionID)).subtracting([TranscriptSplitter.wholeTranscriptID])
        lines.append("  \(matched.count) of \(instrument.questions.count) questions matched.")
        if let warnings = nameWarnings(plan) { lines.append(warnings) }
        return lines.joined(separator: "\n")
    }

    func outcome(_ plan: TranscriptImporter.FilePlan, _ outcome: TranscriptImporter.Outcome) -> String {
        switch outcome {
        case .added(let sessionID, let respondents):
            let answers = plan.exchange.answers.count
            let who = respondents.isEmpty ? "" : " (\(respondents.joined(separator: ", ")))"
            return "\(plan.path): session \(sessionID)\(who), \(answers) answers stored."
        case .alreadyImported(let sessionID):
            return "\(plan.path): already imported as session \(sessionID); nothing was added."
        }
    }

    /// Likely names with their lines; nil when there are none.
    func nameWarnings(_ plan: TranscriptImporter.FilePlan) -> String? {
        guard !plan.names.isEmpty else { return nil }
        let verb = maskNames ? "masked as [name]" : "stored as written; check them, or import with --mask-names"
        var lines = ["\(plan.path): warning: \(plan.names.count) likely personal names (\(verb)):"]
        for flag in plan.names.prefix(50) { lines.append("  line \(flag.line), column \(flag.column): \(flag.text)") }
        if plan.names.count > 50 { lines.append("  … and \(plan.names.count - 50) more") }
        return lines.joined(separator: "\n")
    }
}
