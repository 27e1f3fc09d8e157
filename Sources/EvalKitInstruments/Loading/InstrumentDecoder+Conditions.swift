import EvalKitCore
import EvalKitXML

extension InstrumentDecoder {
    /// Reads one `<when>`; it may only test an earlier answer, with a test that fits its kind.
    mutating func decodeCondition(_ element: XMLElement, of questionID: String) -> Condition? {
        let ref = reader.string(element, "ref") ?? ""
        let refLocation = element.attribute("ref")?.location ?? element.location
        let tests = ["equals", "notEquals", "includes", "atLeast", "atMost"].filter { element.attribute($0) != nil }
        guard tests.count == 1, let name = tests.first, let attribute = element.attribute(name) else {
            reader.error(
                "condition of '\(questionID)' needs exactly one of equals, notEquals, includes, atLeast or atMost; "
                    + (tests.isEmpty ? "found none" : "found \(tests.joined(separator: ", "))"),
                at: element.location)
            return nil
        }
        guard let kind = earlier[ref] else {
            if allIDs[ref] == nil && ref != questionID {
                // Not seen yet: either later in the guide (checked at the end) or unknown.
                pendingForwardReferences.append((ref, questionID, refLocation))
            } else {
                reader.error(
                    "condition of '\(questionID)' refers to '\(ref)', which is not asked before it; "
                        + "conditions may only use earlier answers", at: refLocation)
            }
            return nil
        }
        let values = reader.list(element, name)
        let test: Condition.Test
        switch name {
        case "equals": test = .equals(values)
        case "notEquals": test = .notEquals(values)
        case "includes": test = .includes(values)
        case "atLeast": test = .atLeast(reader.int(element, name) ?? 0)
        default: test = .atMost(reader.int(element, name) ?? 0)
        }
        let fits: Bool
        switch (test, kind) {
        case (.equals, .yesNo), (.equals, .single), (.notEquals, .yesNo), (.notEquals, .single): fits = true
        case (.includes, .multiple): fits = true
        case (.atLeast, .integer), (.atMost, .integer): fits = true
        default: fits = false
        }
        guard fits else {
            reader.error(
                "condition of '\(questionID)' uses '\(name)' on '\(ref)', a '\(kind.name)' answer; "
                    + Self.testsThatFit(kind), at: attribute.location)
            return nil
        }
        let known = kind.options.map(\.value)
        for value in values where !known.isEmpty && !known.contains(value) {
            reader.error(
                "'\(value)' is not an option of '\(ref)' (options: \(known.joined(separator: ", ")))."
                    + Suggestion.didYouMean(value, among: known), at: attribute.location)
        }
        return Condition(ref: ref, test: test)
    }

    private static func testsThatFit(_ kind: AnswerKind) -> String {
        switch kind {
        case .yesNo, .single: "use equals or notEquals"
        case .multiple: "use includes"
        case .integer: "use atLeast or atMost"
        case .text: "free-text answers cannot be tested"
        }
    }

    /// Conditions that named an id not yet seen: later in the guide, or nowhere.
    mutating func reportForwardReferences() {
        for (ref, questionID, location) in pendingForwardReferences {
            if allIDs[ref] != nil {
                reader.error(
                    "condition of '\(questionID)' refers to '\(ref)', which is asked later; "
                        + "conditions may only use earlier answers", at: location)
            } else {
                reader.error(
                    "unknown question '\(ref)' in condition of '\(questionID)'."
                        + Suggestion.didYouMean(ref, among: allIDs.keys.sorted()), at: location)
            }
        }
    }
}
