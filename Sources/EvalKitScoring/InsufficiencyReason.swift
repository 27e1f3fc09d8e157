/// Why a cell has no rating, as data; `text(in:)` words it in English or Vietnamese.
public enum InsufficiencyReason: Sendable, Equatable, CustomStringConvertible {
    case noEvaluativeEvidence
    case respondents(have: Int, need: Int)
    case respondentGroups(have: Int, need: Int)
    case sites(have: Int, need: Int)
    /// Built from fewer respondents than the minimum cell size.
    case smallCell(minimum: Int)
    case questionsAnswered(answered: Int, of: Int, need: Int)
    /// Shares from 0 to 1.
    case weightAnswered(share: Double, need: Double)
    /// A criterion with neither evaluation questions nor evidence of its own.
    case nothingToRollUp

    public var description: String { text(in: "en") }

    public func text(in language: String) -> String {
        let vi = language == "vi"
        switch self {
        case .noEvaluativeEvidence:
            return vi ? "không có bằng chứng tích cực hay tiêu cực" : "no positive or negative evidence"
        case .respondents(let have, let need):
            return vi ? "\(have) người trả lời (cần \(need))" : "\(Self.count(have, "respondent")) (\(need) needed)"
        case .respondentGroups(let have, let need):
            return vi
                ? "\(have) nhóm đối tượng (cần \(need))" : "\(Self.count(have, "respondent group")) (\(need) needed)"
        case .sites(let have, let need):
            return vi ? "\(have) địa bàn (cần \(need))" : "\(Self.count(have, "site")) (\(need) needed)"
        case .smallCell(let minimum):
            return vi
                ? "dưới \(minimum) người trả lời (ô quá nhỏ để công bố)"
                : "fewer than \(minimum) respondents (a small cell)"
        case .questionsAnswered(let answered, let of, let need):
            return vi
                ? "trả lời được \(answered) trên \(of) câu hỏi đánh giá (cần \(need))"
                : "\(answered) of \(Self.count(of, "evaluation question")) answered (\(need) needed)"
        case .weightAnswered(let share, let need):
            return vi
                ? "trả lời được \(Self.percent(share)) trọng số các câu hỏi (cần \(Self.percent(need)))"
                : "\(Self.percent(share)) of the questions' weight answered (\(Self.percent(need)) needed)"
        case .nothingToRollUp:
            return vi
                ? "không có câu hỏi đánh giá và không có bằng chứng riêng"
                : "no evaluation question and no evidence of its own"
        }
    }

    static func count(_ value: Int, _ noun: String) -> String {
        "\(value) \(noun)\(value == 1 ? "" : "s")"
    }

    static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }
}
