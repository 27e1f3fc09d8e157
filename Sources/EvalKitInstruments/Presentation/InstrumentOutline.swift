import EvalKitCore

/// A readable outline of a guide for the terminal: profile, sections, questions with their
/// probes, answer kinds, conditions and links, in one language (falling back to English).
public struct InstrumentOutline {
    public var instrument: Instrument
    public var language: String
    public var width: Int

    public init(_ instrument: Instrument, language: String = LocalizedText.fallbackLanguage, width: Int = 80) {
        self.instrument = instrument
        self.language = language
        self.width = width
    }

    public func render() -> String {
        var out: [String] = []
        let kind = instrument.kind == .fgd ? "focus group discussion" : "interview"
        out += TextWrap.lines(
            "\(instrument.id) v\(instrument.version): \(text(instrument.title)) (\(kind))", width: width)
        var facts = ["for: \(instrument.respondentGroups.joined(separator: ", "))"]
        if let unit = instrument.unit { facts.append("unit: \(unit)") }
        facts.append("consent: \(instrument.consentID)")
        if let minimum = instrument.minParticipants, let maximum = instrument.maxParticipants {
            facts.append("participants: \(minimum)–\(maximum)")
        }
        out.append(facts.joined(separator: " · "))
        out.append("\(instrument.sections.count) sections, \(instrument.questions.count) questions")
        if let guidance = instrument.guidance {
            out.append("")
            out += TextWrap.lines(text(guidance), width: width, indent: "  ")
        }
        if !instrument.profile.isEmpty {
            out.append("")
            out.append("Profile" + (instrument.kind == .fgd ? " (per participant)" : ""))
            for field in instrument.profile {
                let required = field.required ? "" : ", optional"
                out += TextWrap.lines(
                    "\(field.id): \(text(field.label)) [\(describe(field.answerKind))\(required)]", width: width,
                    indent: "      ", firstIndent: "  - ")
            }
        }
        var number = 0
        for (index, section) in instrument.sections.enumerated() {
            out.append("")
            out.append("Section \(index + 1) (\(section.id)): \(text(section.title))")
            if let intro = section.intro { out += TextWrap.lines(text(intro), width: width, indent: "  ") }
            for question in section.questions {
                number += 1
                out += lines(for: question, number: number)
            }
        }
        return out.joined(separator: "\n")
    }

    private func lines(for question: Question, number: Int) -> [String] {
        var flags = [question.id]
        if question.sensitive { flags.append("sensitive") }
        var out = TextWrap.lines(
            "\(number). [\(flags.joined(separator: ", "))] \(text(question.prompt))", width: width,
            indent: "     ", firstIndent: "  ")
        for probe in question.probes {
            out += TextWrap.lines("probe: " + text(probe), width: width, indent: "            ", firstIndent: "     ")
        }
        if question.answer != .text {
            out += TextWrap.lines(
                "answer: " + describe(question.answer), width: width, indent: "       ", firstIndent: "     ")
        }
        if !question.conditions.isEmpty {
            out.append("     asked only if: " + question.conditions.map(\.summary).joined(separator: " and "))
        }
        if !question.evaluationQuestions.isEmpty {
            out.append("     evidence for: " + question.evaluationQuestions.joined(separator: ", "))
        }
        return out
    }

    private func describe(_ answer: AnswerKind) -> String {
        switch answer {
        case .text: return "free text"
        case .yesNo: return "yes / no"
        case .single(let options):
            return "one of: " + options.map { "\($0.value) (\(text($0.label)))" }.joined(separator: ", ")
        case .multiple(let options):
            return "any of: " + options.map { "\($0.value) (\(text($0.label)))" }.joined(separator: ", ")
        case .integer(let minimum, let maximum):
            switch (minimum, maximum) {
            case (let low?, let high?): return "whole number \(low)–\(high)"
            case (let low?, nil): return "whole number ≥ \(low)"
            case (nil, let high?): return "whole number ≤ \(high)"
            case (nil, nil): return "whole number"
            }
        }
    }

    private func text(_ value: LocalizedText) -> String { value.text(in: language) }
}
