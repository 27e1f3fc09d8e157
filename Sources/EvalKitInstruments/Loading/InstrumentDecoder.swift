import EvalKitCore
import EvalKitXML

/// Turns a schema-valid `<instrument>` element into an `Instrument`, checking what the
/// schema cannot: unique ids, options that fit the answer kind, skip logic that only
/// looks back, and English text everywhere.
struct InstrumentDecoder {
    var reader = ElementReader()
    var references: [Reference] = []
    /// Ids of profile fields and questions seen so far, in asking order, with their answer kind.
    var earlier: [String: AnswerKind] = [:]
    var allIDs: [String: SourceLocation] = [:]
    var pendingForwardReferences: [(ref: String, question: String, location: SourceLocation)] = []

    mutating func decode(_ root: XMLElement) -> Instrument {
        let id = reader.string(root, "id") ?? ""
        let kind = Instrument.Kind(rawValue: reader.string(root, "kind") ?? "") ?? .interview
        let minimum = reader.int(root, "minParticipants")
        let maximum = reader.int(root, "maxParticipants")
        if let minimum, let maximum, minimum > maximum, let at = root.attribute("minParticipants") {
            reader.error("minParticipants (\(minimum)) is larger than maxParticipants (\(maximum))", at: at.location)
        }
        if let attribute = root.attribute("consent") {
            references.append(
                Reference(
                    kind: .consentScript, id: attribute.value, location: attribute.location, owner: "instrument '\(id)'"
                ))
        }
        if let attribute = root.attribute("unit") {
            references.append(
                Reference(kind: .unit, id: attribute.value, location: attribute.location, owner: "instrument '\(id)'"))
        }
        if let attribute = root.attribute("respondentGroups") {
            for group in reader.list(root, "respondentGroups") {
                references.append(
                    Reference(
                        kind: .respondentGroup, id: group, location: attribute.location, owner: "instrument '\(id)'"))
            }
        }
        let title = reader.text(root.child(named: "title") ?? root)
        let guidance = reader.optionalText(root, "guidance")
        let profile = root.child(named: "profile").map { $0.children.map { decodeField($0) } } ?? []
        var sectionIDs: [String: SourceLocation] = [:]
        let sections = root.children(named: "section").map { element in
            let sectionID = reader.string(element, "id") ?? ""
            if let first = sectionIDs[sectionID] {
                reader.error(
                    "section id '\(sectionID)' is used twice (first at line \(first.line))", at: element.location)
            }
            sectionIDs[sectionID] = element.location
            return Section(
                id: sectionID, title: reader.text(element.child(named: "title") ?? element),
                intro: reader.optionalText(element, "intro"),
                questions: element.children(named: "question").map { decodeQuestion($0) })
        }
        reportForwardReferences()
        return Instrument(
            id: id, version: reader.string(root, "version") ?? "", kind: kind, title: title, guidance: guidance,
            respondentGroups: reader.list(root, "respondentGroups"), unit: reader.string(root, "unit"),
            consentID: reader.string(root, "consent") ?? "", minParticipants: minimum, maxParticipants: maximum,
            profile: profile, sections: sections, file: root.location.file)
    }

    private mutating func decodeField(_ element: XMLElement) -> ProfileField {
        let id = reader.string(element, "id") ?? ""
        let kind: ProfileField.Kind
        switch element.name {
        case "integerField": kind = .integer(min: reader.int(element, "min"), max: reader.int(element, "max"))
        case "choiceField": kind = .singleChoice(reader.options(element))
        case "multipleChoiceField": kind = .multipleChoice(reader.options(element))
        default: kind = .text
        }
        let field = ProfileField(
            id: id, label: reader.text(element.child(named: "label") ?? element), kind: kind,
            required: reader.bool(element, "required", default: true))
        checkRange(field.answerKind, element)
        declare(id, field.answerKind, at: element)
        return field
    }

    private mutating func decodeQuestion(_ element: XMLElement) -> Question {
        let id = reader.string(element, "id") ?? ""
        let options = reader.options(element)
        let answer: AnswerKind
        switch reader.string(element, "answer") ?? "text" {
        case "yesno": answer = .yesNo
        case "single": answer = .single(options)
        case "multiple": answer = .multiple(options)
        case "integer": answer = .integer(min: reader.int(element, "min"), max: reader.int(element, "max"))
        default: answer = .text
        }
        checkOptions(answer, given: options.count, element)
        checkRange(answer, element)
        let conditions = element.children(named: "when").compactMap { decodeCondition($0, of: id) }
        if let attribute = element.attribute("evaluationQuestions") {
            for link in reader.list(element, "evaluationQuestions") {
                references.append(
                    Reference(
                        kind: .evaluationQuestion, id: link, location: attribute.location, owner: "question '\(id)'"))
            }
        }
        let question = Question(
            id: id, prompt: reader.text(element.child(named: "prompt") ?? element),
            probes: element.children(named: "probe").map { reader.text($0) }, answer: answer,
            sensitive: reader.bool(element, "sensitive", default: false),
            evaluationQuestions: reader.list(element, "evaluationQuestions"), topics: reader.list(element, "topics"),
            conditions: conditions)
        // Declared after its conditions are read: a question cannot depend on itself.
        declare(id, answer, at: element)
        return question
    }

    private mutating func declare(_ id: String, _ answer: AnswerKind, at element: XMLElement) {
        let location = element.attribute("id")?.location ?? element.location
        if let first = allIDs[id] {
            reader.error(
                "id '\(id)' is used twice (first at line \(first.line)); question and field ids must be unique",
                at: location)
            return
        }
        allIDs[id] = location
        earlier[id] = answer
    }

    private mutating func checkOptions(_ answer: AnswerKind, given count: Int, _ element: XMLElement) {
        let at = element.attribute("answer")?.location ?? element.location
        switch answer {
        case .single, .multiple:
            if count < 2 {
                reader.error("a '\(answer.name)' question needs at least two <option> elements, found \(count)", at: at)
            }
        case .text, .yesNo, .integer:
            if count > 0 {
                reader.error(
                    "<option> is only allowed on 'single' or 'multiple' questions, not '\(answer.name)'", at: at)
            }
        }
    }

    private mutating func checkRange(_ answer: AnswerKind, _ element: XMLElement) {
        if case .integer(let minimum?, let maximum?) = answer, minimum > maximum {
            reader.error(
                "min (\(minimum)) is larger than max (\(maximum))",
                at: element.attribute("min")?.location ?? element.location)
        }
        if case .integer = answer { return }
        for name in ["min", "max"] {
            if let attribute = element.attribute(name) {
                reader.error("'\(name)' only applies to integer answers", at: attribute.location)
            }
        }
    }
}
