public import EvalKitCore
import EvalKitXML

/// Reads values out of schema-valid elements and records what the schema cannot check
/// (English text present, one text per language) as diagnostics.
struct ElementReader {
    var diagnostics: [Diagnostic] = []
    /// Every multilingual text read, with its languages, for translation reports.
    var texts: [TextRecord] = []

    mutating func error(_ message: String, at location: SourceLocation) {
        diagnostics.append(.error(message, at: location))
    }

    func string(_ element: XMLElement, _ name: String) -> String? {
        element.attribute(name)?.value.trimmingWhitespace
    }

    func list(_ element: XMLElement, _ name: String) -> [String] {
        string(element, name)?.split(whereSeparator: \.isWhitespace).map(String.init) ?? []
    }

    /// The largest whole number (either way) EvalKit reads from its files: far beyond any real
    /// count or age, and safe from overflow when counts are added up.
    static let integerLimit = 1_000_000_000

    /// A whole-number attribute; a value that is not one, or lies beyond `integerLimit` either
    /// way, is an error naming the attribute, the value and the range (and reads as absent).
    mutating func int(_ element: XMLElement, _ name: String) -> Int? {
        guard let attribute = element.attribute(name) else { return nil }
        let text = attribute.value.trimmingWhitespace
        guard let value = Int(text), abs(value) <= Self.integerLimit else {
            error(
                "\(name)=\"\(text)\" on <\(element.name)> is out of range: EvalKit reads whole numbers from "
                    + "-\(Self.integerLimit) to \(Self.integerLimit)", at: attribute.location)
            return nil
        }
        return value
    }

    func bool(_ element: XMLElement, _ name: String, default value: Bool) -> Bool {
        switch string(element, name) {
        case "true", "1": true
        case "false", "0": false
        default: value
        }
    }

    /// The `<text xml:lang>` children of `element` as one localized text.
    mutating func text(_ element: XMLElement) -> LocalizedText {
        var translations: [String: String] = [:]
        for child in element.children(named: "text") {
            let language = child.attribute("lang", namespace: xmlNamespaceURI)?.value ?? ""
            let value = child.text.collapsingWhitespace
            if value.isEmpty {
                error("the \(language) text of <\(element.name)> is blank", at: child.location)
            } else if translations[language] != nil {
                error("<\(element.name)> has two texts in language '\(language)'", at: child.location)
            }
            translations[language] = value
        }
        texts.append(TextRecord(element: element.name, location: element.location, languages: Set(translations.keys)))
        if translations[LocalizedText.fallbackLanguage] == nil {
            error("<\(element.name)> has no English text (<text xml:lang=\"en\">)", at: element.location)
        }
        return LocalizedText(translations)
    }

    mutating func optionalText(_ parent: XMLElement, _ name: String) -> LocalizedText? {
        parent.child(named: name).map { text($0) }
    }

    mutating func options(_ element: XMLElement) -> [ChoiceOption] {
        var seen: Set<String> = []
        return element.children(named: "option").map { option in
            let value = string(option, "value") ?? ""
            if !seen.insert(value).inserted {
                error("option value '\(value)' appears twice in <\(element.name)>", at: option.location)
            }
            return ChoiceOption(value: value, label: text(option))
        }
    }
}

extension String {
    var trimmingWhitespace: String {
        String(self.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }

    /// Line breaks and indentation from the XML source become single spaces.
    var collapsingWhitespace: String {
        split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

/// Where a multilingual text is, and which languages it has.
public struct TextRecord: Sendable {
    public var element: String
    public var location: SourceLocation
    public var languages: Set<String>
}
