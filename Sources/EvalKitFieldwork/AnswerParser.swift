import EvalKitInstruments
import Foundation

/// Checks an entry against the kind of answer expected and turns it into the stored value:
/// free text as typed, choices as option values separated by spaces, integers in decimal.
/// A wrong entry gives a sentence saying what is expected; nothing wrong is ever stored.
struct AnswerParser {
    var kind: AnswerKind
    var language: String

    enum Parsed: Equatable {
        case value(String)
        /// Nothing entered.
        case empty
        case problem(String)
    }

    func parse(_ entry: String) -> Parsed {
        let trimmed = entry.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { return .empty }
        switch kind {
        case .text:
            return .value(entry.trimmingCharacters(in: .newlines))
        case .yesNo:
            guard let answer = InterviewEngine.yesNo(trimmed) else { return .problem("Please answer yes or no.") }
            return .value(answer ? "yes" : "no")
        case .integer(let minimum, let maximum):
            guard let number = Int(trimmed) else {
                return .problem("Please enter a whole number\(range(minimum, maximum)).")
            }
            if let minimum, number < minimum { return .problem("\(number) is too small: the lowest is \(minimum).") }
            if let maximum, number > maximum { return .problem("\(number) is too large: the highest is \(maximum).") }
            return .value(String(number))
        case .single(let options):
            guard let option = choose(trimmed, options) else {
                return .problem("Please enter one number from 1 to \(options.count).")
            }
            return .value(option.value)
        case .multiple(let options):
            let parts = trimmed.split { $0 == " " || $0 == "," || $0 == ";" }
            var chosen: [ChoiceOption] = []
            for part in parts {
                guard let option = choose(String(part), options) else {
                    return .problem(
                        "'\(part)' is not a choice. Enter the numbers of all that apply (1 to \(options.count)), e.g. 1 3."
                    )
                }
                if !chosen.contains(option) { chosen.append(option) }
            }
            // Stored in the guide's order, whatever order they were typed in.
            return .value(options.filter(chosen.contains).map(\.value).joined(separator: " "))
        }
    }

    /// The cue shown before the cursor.
    var cue: String {
        switch kind {
        case .text: "answer (an empty line ends it)"
        case .yesNo: "yes/no"
        case .integer(let minimum, let maximum): "number\(range(minimum, maximum))"
        case .single(let options): "1-\(options.count)"
        case .multiple(let options): "numbers of all that apply, 1-\(options.count)"
        }
    }

    /// The numbered options, one per line.
    var optionList: String? {
        let options = kind == .yesNo ? [] : kind.options
        guard !options.isEmpty else { return nil }
        return options.enumerated().map { "  \($0.offset + 1)) \($0.element.label.text(in: language))" }
            .joined(separator: "\n")
    }

    /// A stored value as the interviewer reads it back: option labels, not values.
    func display(_ value: String) -> String {
        let options = kind.options
        guard !options.isEmpty else { return value }
        return value.split(separator: " ").map { part in
            options.first { $0.value == part }?.label.text(in: language) ?? String(part)
        }.joined(separator: ", ")
    }

    private func choose(_ entry: String, _ options: [ChoiceOption]) -> ChoiceOption? {
        if let number = Int(entry), options.indices.contains(number - 1) { return options[number - 1] }
        return options.first { $0.value == entry.lowercased() }
    }

    private func range(_ minimum: Int?, _ maximum: Int?) -> String {
        switch (minimum, maximum) {
        case (let low?, let high?): " from \(low) to \(high)"
        case (let low?, nil): " of at least \(low)"
        case (nil, let high?): " of at most \(high)"
        case (nil, nil): ""
        }
    }
}
