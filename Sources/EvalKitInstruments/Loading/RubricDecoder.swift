import EvalKitCore
import EvalKitXML

/// Turns a schema-valid `<rubric>` into a `Rubric`, checking what the schema cannot: answers and
/// ratings from best to worst that accept everything at the bottom, rules naming answers, confidence levels above the minimum evidence, coders
/// for the designated and agreement rules, ascending age bands, no dimension twice.
struct RubricDecoder {
    var reader = ElementReader()

    mutating func decode(_ root: XMLElement) -> Rubric {
        let answers = decodeAnswers(root.child(named: "answers") ?? root)
        let scale = decodeScale(root.child(named: "scale") ?? root, answers: answers)
        let rollUp = decodeRollUp(root.child(named: "rollUp"))
        let minimum = threshold(root.child(named: "minimumEvidence"))
        let confidence = root.child(named: "confidence")
        let high = threshold(confidence?.child(named: "high"))
        let medium = threshold(confidence?.child(named: "medium"))
        checkOrder(medium, below: high, "<medium> confidence", "<high>", at: confidence?.child(named: "medium"))
        checkOrder(
            minimum, below: medium, "<minimumEvidence>", "<medium> confidence", at: confidence?.child(named: "medium"))
        let reconciliation = decodeReconciliation(root.child(named: "reconciliation") ?? root)
        let disaggregation = root.child(named: "disaggregation") ?? root
        let cellSize = reader.int(disaggregation, "minimumCellSize") ?? 5
        if minimum.respondents < cellSize, let element = root.child(named: "minimumEvidence") {
            reader.diagnostics.append(
                Diagnostic(
                    .warning,
                    "minimumEvidence respondents=\"\(minimum.respondents)\" is below the minimum cell size "
                        + "\(cellSize): a rated cell would have to be shown as '<\(cellSize)'", at: element.location))
        }
        return Rubric(
            id: reader.string(root, "id") ?? "", version: reader.string(root, "version") ?? "",
            title: reader.text(root.child(named: "title") ?? root), answers: answers, scale: scale, rollUp: rollUp,
            minimumEvidence: minimum,
            highConfidence: high, mediumConfidence: medium, reconciliation: reconciliation,
            dimensions: decodeDimensions(disaggregation), minimumCellSize: cellSize, file: root.location.file)
    }

    private mutating func decodeAnswers(_ element: XMLElement) -> [Rubric.Answer] {
        var answers: [Rubric.Answer] = []
        for child in element.children(named: "answer") {
            let answer = Rubric.Answer(
                id: reader.string(child, "id") ?? "", name: reader.text(child),
                minimumBalance: decimal(child, "minimumBalance") ?? -1, points: decimal(child, "points") ?? 0)
            if let problem = reservedOrRepeated(answer.id, "answer", answers.map(\.id)) {
                reader.error(problem, at: child.location)
            } else if let previous = answers.last, answer.minimumBalance >= previous.minimumBalance {
                reader.error(
                    "answer '\(answer.id)' needs a lower minimumBalance than '\(previous.id)' "
                        + "(\(format(previous.minimumBalance))): list answers from best to worst", at: child.location)
            } else if let previous = answers.last, answer.points >= previous.points {
                reader.error(
                    "answer '\(answer.id)' needs fewer points than '\(previous.id)' (\(format(previous.points))): "
                        + "a worse answer counts for less", at: child.location)
            }
            answers.append(answer)
        }
        if let last = answers.last, last.minimumBalance != -1, let child = element.children(named: "answer").last {
            reader.error(
                "the last answer, '\(last.id)', must have minimumBalance=\"-1\" so that every balance gets an answer",
                at: child.location)
        }
        return answers
    }

    private mutating func decodeScale(_ element: XMLElement, answers: [Rubric.Answer]) -> [Rubric.Rating] {
        var ratings: [Rubric.Rating] = []
        let answerIDs = answers.map(\.id)
        for child in element.children(named: "rating") {
            let rating = Rubric.Rating(
                id: reader.string(child, "id") ?? "", name: reader.text(child),
                minimumScore: decimal(child, "minimumScore") ?? 0, majority: reader.string(child, "majority"),
                vetoedBy: reader.string(child, "vetoedBy"))
            if let problem = reservedOrRepeated(rating.id, "rating", ratings.map(\.id)) {
                reader.error(problem, at: child.location)
            } else if answerIDs.contains(rating.id) {
                reader.error(
                    "rating '\(rating.id)' has the id of an answer: give ratings and answers different ids",
                    at: child.location)
            } else if let previous = ratings.last, rating.minimumScore > previous.minimumScore {
                reader.error(
                    "rating '\(rating.id)' needs a minimumScore no higher than '\(previous.id)' "
                        + "(\(format(previous.minimumScore))): list ratings from best to worst", at: child.location)
            }
            for (name, value) in [("majority", rating.majority), ("vetoedBy", rating.vetoedBy)] {
                guard let value, !answerIDs.contains(value) else { continue }
                reader.error(
                    "\(name)=\"\(value)\" is not an answer of <answers> (\(answerIDs.joined(separator: ", ")))."
                        + Suggestion.didYouMean(value, among: answerIDs), at: child.location)
            }
            ratings.append(rating)
        }
        if let last = ratings.last, let child = element.children(named: "rating").last,
            last.minimumScore != 0 || last.majority != nil || last.vetoedBy != nil
        {
            reader.error(
                "the last rating, '\(last.id)', must have minimumScore=\"0\" and no majority or vetoedBy, "
                    + "so that every criterion with answers gets a rating", at: child.location)
        }
        return ratings
    }

    private mutating func decodeRollUp(_ element: XMLElement?) -> Rubric.RollUp {
        guard let element else { return Rubric.RollUp() }
        var weights: [String: Double] = [:]
        for child in element.children(named: "weight") {
            let question = reader.string(child, "question") ?? ""
            if weights[question] != nil {
                reader.error("question '\(question)' is weighted twice", at: child.location)
            }
            weights[question] = decimal(child, "value") ?? 1
        }
        return Rubric.RollUp(
            minimumAnswered: reader.int(element, "minimumAnswered") ?? 1,
            minimumShare: decimal(element, "minimumShare") ?? 0.5, weights: weights)
    }

    private func reservedOrRepeated(_ id: String, _ kind: String, _ earlier: [String]) -> String? {
        if id == Judgement.insufficientEvidence { return "'\(id)' is reserved for cells without enough evidence" }
        if earlier.contains(id) { return "\(kind) '\(id)' is defined twice" }
        return nil
    }

    /// The schema has checked the form and range of every decimal read here.
    private func decimal(_ element: XMLElement, _ name: String) -> Double? {
        reader.string(element, name).flatMap { Double($0) }
    }

    private mutating func threshold(_ element: XMLElement?) -> Rubric.Threshold {
        guard let element else { return Rubric.Threshold(respondents: 1, respondentGroups: 1) }
        return Rubric.Threshold(
            respondents: reader.int(element, "respondents") ?? 1,
            respondentGroups: reader.int(element, "respondentGroups") ?? 1, sites: reader.int(element, "sites") ?? 1)
    }

    private mutating func checkOrder(
        _ lower: Rubric.Threshold, below upper: Rubric.Threshold, _ lowerName: String, _ upperName: String,
        at element: XMLElement?
    ) {
        guard let element else { return }
        let fits =
            lower.respondents <= upper.respondents && lower.respondentGroups <= upper.respondentGroups
            && lower.sites <= upper.sites
        if !fits {
            reader.error("\(lowerName) asks for more evidence than \(upperName) on some count", at: element.location)
        }
    }

    private mutating func decodeReconciliation(_ element: XMLElement) -> Rubric.Reconciliation {
        let rule = Rubric.Reconciliation.Rule(rawValue: reader.string(element, "rule") ?? "") ?? .any
        let coders = reader.list(element, "coders")
        let minimum = reader.int(element, "minimumCoders") ?? 2
        switch rule {
        case .designated where coders.isEmpty:
            reader.error("rule=\"designated\" needs coders=\"…\", the designated coder first", at: element.location)
        case .agreement where !coders.isEmpty && minimum > coders.count:
            reader.error(
                "minimumCoders=\"\(minimum)\" is more than the \(coders.count) coder(s) listed", at: element.location)
        default:
            break
        }
        return Rubric.Reconciliation(rule: rule, coders: coders, minimumCoders: minimum)
    }

    private mutating func decodeDimensions(_ element: XMLElement) -> [Rubric.Dimension] {
        var dimensions: [Rubric.Dimension] = []
        for child in element.children {
            let dimension: Rubric.Dimension
            switch child.name {
            case "byField": dimension = .field(reader.string(child, "field") ?? "")
            case "bySite": dimension = .site
            case "byGroup": dimension = .respondentGroup
            case "byAgeBand": dimension = .ageBand(field: reader.string(child, "field") ?? "", bands: bands(child))
            default: continue
            }
            if dimensions.contains(where: { $0.id == dimension.id }) {
                reader.error("the evidence is already broken down by '\(dimension.id)'", at: child.location)
            }
            dimensions.append(dimension)
        }
        return dimensions
    }

    private mutating func bands(_ element: XMLElement) -> [Rubric.AgeBand] {
        var bands: [Rubric.AgeBand] = []
        for child in element.children(named: "band") {
            let band = Rubric.AgeBand(from: reader.int(child, "from"), to: reader.int(child, "to"))
            if let from = band.from, let to = band.to, from > to {
                reader.error("band from=\"\(from)\" ends before it starts (to=\"\(to)\")", at: child.location)
            } else if let previous = bands.last, (band.from ?? Int.min) <= (previous.to ?? Int.max) {
                reader.error(
                    "band \(band.label) overlaps \(previous.label): list bands in ascending order, each starting "
                        + "after the previous one ends", at: child.location)
            }
            bands.append(band)
        }
        return bands
    }

    private func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
