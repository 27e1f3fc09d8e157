import EvalKitCore
import EvalKitXML

/// Turns a schema-valid `<judgements>` into judgements: each names one cell (a unit and a
/// criterion or an evaluation question) once. Units, criteria and questions are collected as
/// references for the cross-file check; ratings are checked against the rubric by the loader.
struct JudgementsDecoder {
    var reader = ElementReader()
    var references: [Reference] = []
    /// Where each judgement's rating attribute is, for the rubric check.
    var ratingLocations: [SourceLocation] = []

    mutating func decode(_ root: XMLElement) -> [Judgement] {
        var seen: [String: Int] = [:]
        var judgements: [Judgement] = []
        for element in root.children(named: "judgement") {
            let unit = reader.string(element, "unit") ?? ""
            let criterion = reader.string(element, "criterion")
            let question = reader.string(element, "evaluationQuestion")
            let target: Judgement.Target
            switch (criterion, question) {
            case (let criterion?, nil): target = .criterion(criterion)
            case (nil, let question?): target = .evaluationQuestion(question)
            default:
                reader.error(
                    "a <judgement> names either criterion=\"…\" or evaluationQuestion=\"…\", not "
                        + (criterion == nil ? "neither" : "both"), at: element.location)
                continue
            }
            let owner = "the judgement at line \(element.location.line)"
            refer(.unit, element, "unit", owner)
            refer(.criterion, element, "criterion", owner)
            refer(.evaluationQuestion, element, "evaluationQuestion", owner)
            let key = "\(unit) \(target.id)"
            if let first = seen[key] {
                reader.error(
                    "unit '\(unit)' and '\(target.id)' are judged twice (first at line \(first)); keep one judgement",
                    at: element.location)
            }
            seen[key] = element.location.line
            ratingLocations.append(element.attribute("rating")?.location ?? element.location)
            judgements.append(
                Judgement(
                    unit: unit, target: target, rating: reader.string(element, "rating") ?? "",
                    analyst: reader.string(element, "analyst") ?? "", date: reader.string(element, "date") ?? "",
                    justification: reader.text(element.child(named: "justification") ?? element)))
        }
        return judgements
    }

    private mutating func refer(_ kind: Reference.Kind, _ element: XMLElement, _ name: String, _ owner: String) {
        guard let attribute = element.attribute(name) else { return }
        references.append(Reference(kind: kind, id: attribute.value, location: attribute.location, owner: owner))
    }
}
