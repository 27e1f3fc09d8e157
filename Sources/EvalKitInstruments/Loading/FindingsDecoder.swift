import EvalKitCore
import EvalKitXML

/// Turns a schema-valid `<findings>` into findings. Ids must be unique; units, criteria,
/// evaluation questions and codes are collected as references for the cross-file check.
struct FindingsDecoder {
    var reader = ElementReader()
    var references: [Reference] = []

    mutating func decode(_ root: XMLElement) -> [Finding] {
        var seen: [String: Int] = [:]
        return root.children(named: "finding").map { element in
            let id = reader.string(element, "id") ?? ""
            if let first = seen[id] {
                reader.error("finding '\(id)' is defined twice (first at line \(first))", at: element.location)
            } else {
                seen[id] = element.location.line
            }
            let owner = "finding '\(id)'"
            refer(.unit, element, "unit", owner)
            refer(.criterion, element, "criterion", owner)
            refer(.evaluationQuestion, element, "evaluationQuestions", owner)
            refer(.code, element, "codes", owner)
            return Finding(
                id: id, unit: reader.string(element, "unit") ?? "",
                criterion: reader.string(element, "criterion") ?? "",
                evaluationQuestions: reader.list(element, "evaluationQuestions"), codes: reader.list(element, "codes"),
                direction: Finding.Direction(rawValue: reader.string(element, "direction") ?? "") ?? .undetermined,
                title: reader.text(element.child(named: "title") ?? element),
                statement: reader.text(element.child(named: "statement") ?? element),
                conclusion: reader.text(element.child(named: "conclusion") ?? element))
        }
    }

    private mutating func refer(_ kind: Reference.Kind, _ element: XMLElement, _ name: String, _ owner: String) {
        guard let attribute = element.attribute(name) else { return }
        for id in reader.list(element, name) {
            references.append(Reference(kind: kind, id: id, location: attribute.location, owner: owner))
        }
    }
}
