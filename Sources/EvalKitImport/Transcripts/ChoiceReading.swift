import EvalKitCore
import EvalKitInstruments
import Foundation

/// Reads a choice or a number out of verbatim text, only where the text leaves no doubt.
enum ChoiceReading {
    /// The stored value for `text` under a question of `kind`: the one choice whose label (in
    /// any language) or value the text names, or the whole number it is; nil for free text, for
    /// no choice or several, and for a number out of range.
    static func value(of text: String, _ kind: AnswerKind) -> String? {
        switch kind {
        case .text:
            return nil
        case .integer(let minimum, let maximum):
            guard let number = Int(text.trimmingCharacters(in: .whitespacesAndNewlines)) else { return nil }
            if let minimum, number < minimum { return nil }
            if let maximum, number > maximum { return nil }
            return String(number)
        case .yesNo, .single, .multiple:
            let words = " " + TranscriptSplitter.headingKey(text) + " "
            let named = kind.options.filter { option in
                ([option.value] + Array(option.label.translations.values)).contains { name in
                    let key = TranscriptSplitter.headingKey(name)
                    return !key.isEmpty && words.contains(" \(key) ")
                }
            }
            return named.count == 1 ? named[0].value : nil
        }
    }
}
