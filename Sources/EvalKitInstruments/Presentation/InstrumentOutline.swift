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
        let kind =
            instrument.kind == .fgd
            ? word("focus group discussion", "thảo luận nhóm tập trung") : word("interview", "phỏng vấn")
        out += TextWrap.lines(
            "\(instrument.id) v\(instrument.version): \(text(instrument.title)) (\(kind))", width: width)
        var facts = [word("for", "đối tượng") + ": \(instrument.respondentGroups.joined(separator: ", "))"]
        if let unit = instrument.unit { facts.append(word("unit", "mô hình") + ": \(unit)") }
        facts.append(word("consent", "kịch bản đồng ý") + ": \(instrument.consentID)")
        if let minimum = instrument.minParticipants, let maximum = instrument.maxParticipants {
            facts.append(word("participants", "số người tham gia") + ": \(minimum)–\(maximum)")
        }
        out.append(facts.joined(separator: " · "))
        let (sections, questions) = (instrument.sections.count, instrument.questions.count)
        out.append(
            word("\(sections) sections, \(questions) questions", "\(sections) phần, \(questions) câu hỏi"))
        if let guidance = instrument.guidance {
            out.append("")
            out += TextWrap.lines(text(guidance), width: width, indent: "  ")
        }
        if !instrument.profile.isEmpty {
            out.append("")
            out.append(
                word("Profile", "Thông tin người trả lời")
                    + (instrument.kind == .fgd ? word(" (per participant)", " (cho từng người tham gia)") : ""))
            for field in instrument.profile {
                let required = field.required ? "" : word(", optional", ", không bắt buộc")
                out += TextWrap.lines(
                    "\(field.id): \(text(field.label)) [\(describe(field.answerKind))\(required)]", width: width,
                    indent: "      ", firstIndent: "  - ")
            }
        }
        var number = 0
        for (index, section) in instrument.sections.enumerated() {
            out.append("")
            out.append(word("Section", "Phần") + " \(index + 1) (\(section.id)): \(text(section.title))")
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
        if question.sensitive { flags.append(word("sensitive", "nhạy cảm")) }
        var out = TextWrap.lines(
            "\(number). [\(flags.joined(separator: ", "))] \(text(question.prompt))", width: width,
            indent: "     ", firstIndent: "  ")
        for probe in question.probes {
            out += TextWrap.lines(
                word("probe", "gợi ý") + ": " + text(probe), width: width, indent: "            ", firstIndent: "     ")
        }
        if question.answer != .text {
            out += TextWrap.lines(
                word("answer", "trả lời") + ": " + describe(question.answer), width: width, indent: "       ",
                firstIndent: "     ")
        }
        if !question.conditions.isEmpty {
            out.append(
                "     " + word("asked only if", "chỉ hỏi nếu") + ": "
                    + question.conditions.map(\.summary).joined(separator: word(" and ", " và ")))
        }
        if !question.evaluationQuestions.isEmpty {
            out.append(
                "     " + word("evidence for", "bằng chứng cho") + ": "
                    + question.evaluationQuestions.joined(separator: ", "))
        }
        return out
    }

    private func describe(_ answer: AnswerKind) -> String {
        switch answer {
        case .text: return word("free text", "trả lời tự do")
        case .yesNo: return word("yes / no", "có / không")
        case .single(let options):
            return word("one of", "chọn một trong") + ": "
                + options.map { "\($0.value) (\(text($0.label)))" }.joined(separator: ", ")
        case .multiple(let options):
            return word("any of", "chọn một hoặc nhiều trong") + ": "
                + options.map { "\($0.value) (\(text($0.label)))" }.joined(separator: ", ")
        case .integer(let minimum, let maximum):
            switch (minimum, maximum) {
            case (let low?, let high?): return word("whole number", "số nguyên") + " \(low)–\(high)"
            case (let low?, nil): return word("whole number", "số nguyên") + " ≥ \(low)"
            case (nil, let high?): return word("whole number", "số nguyên") + " ≤ \(high)"
            case (nil, nil): return word("whole number", "số nguyên")
            }
        }
    }

    private func text(_ value: LocalizedText) -> String { value.text(in: language) }

    /// The outline's own words: Vietnamese for a Vietnamese outline, English otherwise.
    private func word(_ english: String, _ vietnamese: String) -> String { language == "vi" ? vietnamese : english }
}
