public import EvalKitInstruments
public import EvalKitScoring

/// Finds where the report would contradict itself: a unit's rating on a criterion and the
/// directions of the conclusions written about it. A judged cell is the analyst's settled
/// word and is not checked. See docs/report.md, "Analyst checks".
public struct ConclusionCheck: Sendable {
    /// One clash, as data; `ReportCheckText` words it.
    public enum Clash: Sendable, Equatable {
        /// Rated, but no finding is about this unit and criterion.
        case noFinding(unit: String, criterion: String, rating: String)
        /// An upper rating whose conclusions all point the other way (or say it cannot be judged).
        case onlyNegative(unit: String, criterion: String, rating: String, findings: [String])
        case onlyPositive(unit: String, criterion: String, rating: String, findings: [String])
        case onlyUndetermined(unit: String, criterion: String, rating: String, findings: [String])
        /// Insufficient evidence, yet conclusions take a side.
        case directionWithoutEvidence(unit: String, criterion: String, findings: [String])
    }

    public let project: Project
    public let rubric: Rubric

    public init(project: Project, rubric: Rubric) {
        self.project = project
        self.rubric = rubric
    }

    /// Every clash, unit by unit in framework order, criteria in framework order.
    public func clashes(in sheet: ScoreSheet) -> [Clash] {
        guard let framework = project.framework else { return [] }
        var clashes: [Clash] = []
        for unit in framework.units {
            for criterion in framework.criteria {
                guard let cell = sheet.cell(.unit(unit.id), criterion: criterion.id), cell.judgement == nil else {
                    continue
                }
                let findings = project.findings.filter { $0.unit == unit.id && $0.criterion == criterion.id }
                if let clash = clash(unit.id, criterion.id, cell.computed.ratingID, findings) { clashes.append(clash) }
            }
        }
        return clashes
    }

    private func clash(_ unit: String, _ criterion: String, _ rating: String, _ findings: [Finding]) -> Clash? {
        let ids = findings.map(\.id)
        let directions = Set(findings.map(\.direction))
        guard let rank = rubric.scale.firstIndex(where: { $0.id == rating }) else {
            let sided = findings.filter { $0.direction != .undetermined && $0.direction != .mixed }
            return sided.isEmpty
                ? nil : .directionWithoutEvidence(unit: unit, criterion: criterion, findings: sided.map(\.id))
        }
        if findings.isEmpty { return .noFinding(unit: unit, criterion: criterion, rating: rating) }
        if directions == [.undetermined] {
            return .onlyUndetermined(unit: unit, criterion: criterion, rating: rating, findings: ids)
        }
        let count = rubric.scale.count
        let upper = rank < count / 2
        let lower = rank >= (count + 1) / 2
        let decided = directions.subtracting([.undetermined])
        if upper && decided == [.negative] {
            return .onlyNegative(unit: unit, criterion: criterion, rating: rating, findings: ids)
        }
        if lower && decided == [.positive] {
            return .onlyPositive(unit: unit, criterion: criterion, rating: rating, findings: ids)
        }
        return nil
    }
}
