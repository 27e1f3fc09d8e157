import EvalKitCore
import EvalKitXML

/// Turns a schema-valid `<codebook>` or `<codingRules>` element into its model, checking what
/// the schema cannot: code ids unique across the whole tree, patterns that compile and do not
/// match empty text, phrases that still differ once folded, and weights that scoring can use.
/// Links to the framework and rules' codes are collected as `references` for the cross-file check.
struct CodebookDecoder {
    var reader = ElementReader()
    var references: [Reference] = []
    private var codeIDs: [String: SourceLocation] = [:]
    /// Per code: folded phrase → the phrase as written and where.
    private var phrasesSeen: [String: [String: (phrase: String, location: SourceLocation)]] = [:]

    mutating func decode(_ root: XMLElement) -> Codebook {
        let title = reader.text(root.child(named: "title") ?? root)
        return Codebook(
            id: reader.string(root, "id") ?? "", version: reader.string(root, "version") ?? "", title: title,
            codes: root.children(named: "code").map { decodeCode($0) }, file: root.location.file)
    }

    mutating func decodeRules(_ root: XMLElement) -> CodingRules {
        let id = reader.string(root, "id") ?? ""
        let rules = root.children(named: "rule").map { element in
            let code = reader.string(element, "code") ?? ""
            if let attribute = element.attribute("code") {
                references.append(
                    Reference(kind: .code, id: code, location: attribute.location, owner: "coding rules '\(id)'"))
            }
            return decodeRuleSet(element, code: code)
        }
        return CodingRules(
            id: id, version: reader.string(root, "version") ?? "", rules: rules, file: root.location.file)
    }

    private mutating func decodeCode(_ element: XMLElement) -> Code {
        let id = reader.string(element, "id") ?? ""
        let idLocation = element.attribute("id")?.location ?? element.location
        if let first = codeIDs[id] {
            reader.error(
                "code '\(id)' is defined twice (first at line \(first.line)); code ids are unique across the whole "
                    + "codebook", at: idLocation)
        } else {
            codeIDs[id] = idLocation
        }
        let valence = Valence(rawValue: reader.string(element, "valence") ?? "") ?? .descriptive
        if valence == .descriptive, let attribute = element.attribute("weight") {
            warning(
                "weight has no effect on descriptive code '\(id)': scoring weighs only positive and negative codes",
                at: attribute.location)
        }
        link(element, "criteria", as: .criterion, owner: "code '\(id)'")
        link(element, "evaluationQuestions", as: .evaluationQuestion, owner: "code '\(id)'")
        let definition = element.child(named: "definition") ?? element
        let name = reader.text(element.child(named: "name") ?? element)
        let use = reader.text(definition.child(named: "use") ?? definition)
        let doNotUse = reader.optionalText(definition, "doNotUse")
        let example = reader.optionalText(definition, "example")
        let rules = element.child(named: "rules").map { decodeRuleSet($0, code: id) } ?? CodingRules.Rule(code: id)
        return Code(
            id: id, name: name, use: use, doNotUse: doNotUse, example: example,
            colour: reader.string(element, "colour") ?? "", valence: valence,
            weight: reader.string(element, "weight").flatMap { Double($0) } ?? 1,
            criteria: reader.list(element, "criteria"),
            evaluationQuestions: reader.list(element, "evaluationQuestions"),
            phrases: rules.phrases, patterns: rules.patterns,
            children: element.children(named: "code").map { decodeCode($0) })
    }

    private mutating func link(_ element: XMLElement, _ attributeName: String, as kind: Reference.Kind, owner: String) {
        guard let attribute = element.attribute(attributeName) else { return }
        for id in reader.list(element, attributeName) {
            references.append(Reference(kind: kind, id: id, location: attribute.location, owner: owner))
        }
    }

    /// The phrases and patterns of a `<rules>` (in a code) or `<rule>` (in a rules file) element.
    private mutating func decodeRuleSet(_ element: XMLElement, code: String) -> CodingRules.Rule {
        var phrases: [String] = []
        for child in element.children(named: "phrase") {
            let phrase = child.text.collapsingWhitespace
            let folded = CodingRules.fold(phrase)
            guard !folded.isEmpty else {
                reader.error("a <phrase> for code '\(code)' is blank", at: child.location)
                continue
            }
            if let first = phrasesSeen[code]?[folded] {
                let repeated =
                    first.phrase == phrase
                    ? "phrase '\(phrase)' appears twice for code '\(code)' (first at line \(first.location.line))"
                    : "phrase '\(phrase)' for code '\(code)' is the same as '\(first.phrase)' (line "
                        + "\(first.location.line)) once case and accents are ignored"
                warning(repeated + "; the repeat adds nothing", at: child.location)
            } else {
                phrasesSeen[code, default: [:]][folded] = (phrase, child.location)
            }
            phrases.append(phrase)
        }
        let patterns = element.children(named: "pattern").map { child in
            let pattern = child.text.trimmingWhitespace
            checkPattern(pattern, code: code, at: child.location)
            return pattern
        }
        if phrases.isEmpty && patterns.isEmpty {
            warning("the rules for code '\(code)' have no <phrase> or <pattern>", at: element.location)
        }
        return CodingRules.Rule(code: code, phrases: phrases, patterns: patterns)
    }

    private mutating func checkPattern(_ pattern: String, code: String, at location: SourceLocation) {
        let compiled: TextPattern
        do {
            compiled = try TextPattern(pattern)
        } catch {
            reader.error(
                "pattern '\(pattern)' for code '\(code)' is not a valid regular expression (check its brackets, "
                    + "repeats and escapes)", at: location)
            return
        }
        if compiled.matchesEmptyText {
            reader.error(
                "pattern '\(pattern)' for code '\(code)' matches empty text, so it would code every segment",
                at: location)
        } else if let folded = Self.foldingAccents(pattern) {
            warning(
                "pattern '\(pattern)' for code '\(code)' has accented letters, which never match: patterns are "
                    + "matched against text without accents; write '\(folded)'", at: location)
        }
    }

    /// `pattern` with its accented letters folded, leaving escapes (`\S`, `\p{Lu}`, `\x{C0}`,
    /// `\u00C0`) alone; nil when it has none. Capitals are fine: patterns ignore case.
    static func foldingAccents(_ pattern: String) -> String? {
        var characters = pattern[...]
        var result = ""
        var changed = false
        while let character = characters.popFirst() {
            if character == "\\" {
                let start = characters.startIndex
                let escaped = characters.popFirst()
                if escaped?.isLetter == true, characters.first == "{" {
                    characters = characters.drop { $0 != "}" }.dropFirst()
                } else if escaped == "p" || escaped == "P", characters.first?.isLetter == true {
                    characters = characters.dropFirst()
                } else if escaped == "x" || escaped == "u" || escaped == "U" {
                    characters = characters.drop { $0.isHexDigit }
                }
                result += "\\" + pattern[start..<characters.startIndex]
                continue
            }
            let folded = CodingRules.fold(String(character))
            if character.isLetter, folded != character.lowercased() {
                result += folded
                changed = true
            } else {
                result.append(character)
            }
        }
        return changed ? result : nil
    }

    private mutating func warning(_ message: String, at location: SourceLocation) {
        reader.diagnostics.append(Diagnostic(.warning, message, at: location))
    }
}
