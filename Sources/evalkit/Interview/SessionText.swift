import EvalKitCore
import EvalKitInstruments
import EvalKitStore
import Foundation

/// `evalkit interview show` as text: facts, roster, answers under their questions, notes, events.
struct SessionText {
    var details: ShowSessionCommand.Details
    var instrument: Instrument?

    func render() -> String {
        if details.status == "consent-declined" {
            return "Session \(details.id): consent declined (\(details.instrument), site \(details.site), group "
                + "\(details.respondentGroup), \(DateText.iso(details.startedAt).prefix(10))). Nothing else is kept."
        }
        var lines = [
            "Session \(details.id): \(details.instrument) v\(details.instrumentVersion) (\(details.method)), \(details.status)",
            "Site \(details.site)\(details.unit.map { ", unit \($0)" } ?? ""), group \(details.respondentGroup), "
                + "language \(details.language)\(details.interviewer.map { ", interviewer \($0)" } ?? "")",
            "Started \(DateText.iso(details.startedAt))"
                + (details.endedAt.map { ", ended \(DateText.iso($0))" } ?? ""),
        ]
        if let consent = details.consentAt {
            var facts = "Consent \(DateText.iso(consent))"
            if let guardian = details.guardianConsentAt { facts += ", guardian \(DateText.iso(guardian))" }
            if let interpreter = details.interpreterUsed {
                facts += interpreter ? ", interpreter used" : ", no interpreter"
            }
            lines.append(facts)
        }
        for respondent in details.respondents {
            let seat = respondent.seat.map { "Participant \($0)" } ?? "Respondent"
            let profile = respondent.profile.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(
                separator: ", ")
            lines.append("\(seat) \(respondent.code): \(profile.isEmpty ? "no profile" : profile)")
        }
        lines.append("")
        lines.append("Answers (\(details.answers.count))")
        for answer in details.answers {
            let prompt = instrument?.question(answer.question)?.prompt.english ?? ""
            lines += TextWrap.lines("\(answer.question): \(prompt)", width: 80, indent: "    ", firstIndent: "  ")
            let who = details.method == "fgd" ? "[\(answer.respondent ?? "group")] " : ""
            let value = answer.status == "answered" ? (answer.value ?? "") : "(\(answer.status))"
            for (index, paragraph) in value.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                lines += TextWrap.lines(
                    String(paragraph), width: 80, indent: "      ", firstIndent: index == 0 ? "    " + who : "      ")
            }
        }
        if !details.notes.isEmpty {
            lines.append("")
            lines.append("Interviewer notes")
            for note in details.notes {
                lines += TextWrap.lines(
                    "[\(note.questionID ?? "-")] \(note.text)", width: 80, indent: "    ", firstIndent: "  ")
            }
        }
        if !details.events.isEmpty {
            lines.append("")
            lines.append(
                "Events: " + details.events.map { "\($0.kind.rawValue) \(DateText.iso($0.at))" }.joined(separator: "; ")
            )
        }
        return lines.joined(separator: "\n")
    }

    /// Choice answers read back as their labels: "No jobs, Unsafe" rather than "no-jobs unsafe".
    private func label(_ value: String, _ question: Question?) -> String {
        let options = question?.answer.options ?? []
        guard !options.isEmpty else { return value }
        return value.split(separator: " ").map { part in
            options.first { $0.value == part }?.label.english ?? String(part)
        }.joined(separator: ", ")
    }
}
