public import EvalKitCore
public import EvalKitInstruments
import EvalKitStore
public import Foundation

/// A project's judgements and the rules for changing them: one judgement per unit and target,
/// a rating of the rubric (an answer for a question), an analyst's code, and a reason
/// written in English first. The CLI parses; this decides.
public struct JudgementBook: Sendable {
    public private(set) var judgements: [Judgement]
    public let rubric: Rubric

    public init(judgements: [Judgement], rubric: Rubric) {
        self.judgements = judgements
        self.rubric = rubric
    }

    /// Adds or replaces the judgement of `unit` × `target`. A justification in another language
    /// joins the English one when the rating stays the same.
    /// - Returns: the judgement and whether it replaced one.
    @discardableResult
    public mutating func set(
        unit: String, target: Judgement.Target, rating: String?, analyst: String?, justification: String?,
        language: String, on date: Date = Date()
    ) throws(JudgementError) -> (judgement: Judgement, replaced: Bool) {
        guard let rating, let analyst, let justification, !justification.allSatisfy(\.isWhitespace) else {
            throw .incomplete
        }
        let levels =
            switch target {
            case .criterion: rubric.scale.map(\.id)
            case .evaluationQuestion: rubric.answers.map(\.id)
            }
        let known = levels + [Judgement.insufficientEvidence]
        guard known.contains(rating) else { throw .unknownRating(rating, target: target, known: known) }
        guard CoderCode.isValid(analyst) else { throw .invalidAnalyst(analyst) }
        let index = judgements.firstIndex { $0.unit == unit && $0.target == target }
        let existing = index.map { judgements[$0] }
        var translations = existing?.rating == rating ? existing?.justification.translations ?? [:] : [:]
        translations[language] = justification.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard translations[LocalizedText.fallbackLanguage] != nil else { throw .englishFirst }
        let judgement = Judgement(
            unit: unit, target: target, rating: rating, analyst: analyst, date: CalendarDay.string(from: date),
            justification: LocalizedText(translations))
        if let index { judgements[index] = judgement } else { judgements.append(judgement) }
        return (judgement, index != nil)
    }

    public mutating func remove(unit: String, target: Judgement.Target) throws(JudgementError) {
        guard let index = judgements.firstIndex(where: { $0.unit == unit && $0.target == target }) else {
            throw .nothingToRemove(unit: unit, target: target.id)
        }
        judgements.remove(at: index)
    }

}

/// Why a judgement cannot be made, as data; `description` words it.
public enum JudgementError: EvalKitError, Equatable {
    case incomplete
    case unknownRating(String, target: Judgement.Target, known: [String])
    case invalidAnalyst(String)
    case englishFirst
    case notAUnit
    case nothingToRemove(unit: String, target: String)

    public var exitStatus: ExitStatus {
        switch self {
        case .nothingToRemove: .dataError
        default: .usage
        }
    }

    public var sentence: String {
        switch self {
        case .incomplete:
            return "a judgement needs --rating, --analyst and a --justification that is not blank."
        case .unknownRating(let rating, let target, let known):
            let scale = if case .criterion = target { "on the rubric's scale" } else { "among the rubric's answers" }
            return "rating '\(rating)' is not \(scale) (\(known.joined(separator: ", ")))."
                + Suggestion.didYouMean(rating, among: known)
        case .invalidAnalyst(let code): return CoderCode.problem(code, role: "analyst")
        case .englishFirst:
            return "write the justification in English first (--language en); add other languages after."
        case .notAUnit: return "judgements rate one unit of evaluation; name a unit id."
        case .nothingToRemove(let unit, let target):
            return "there is no judgement of \(unit) × \(target) to remove."
        }
    }
}
