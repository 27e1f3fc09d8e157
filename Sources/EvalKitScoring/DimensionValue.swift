import EvalKitInstruments

extension Rubric.Dimension {
    /// The row an item falls in: the profile value (or age band label), the site, the
    /// top-level respondent group, `notRecorded`, or `groupAnswer` for an FGD group answer.
    func value(of item: EvidenceItem) -> String {
        switch self {
        case .site:
            return item.siteID
        case .respondentGroup:
            return item.topGroup
        case .field(let field):
            if item.isGroupAnswer { return DisaggregationTable.groupAnswer }
            return item.profile[field] ?? DisaggregationTable.notRecorded
        case .ageBand(let field, let bands):
            if item.isGroupAnswer { return DisaggregationTable.groupAnswer }
            guard let age = item.profile[field].flatMap({ Int($0) }) else { return DisaggregationTable.notRecorded }
            return bands.first { $0.contains(age) }?.label ?? DisaggregationTable.notRecorded
        }
    }

    /// The rows in display order: as the framework, guides or bands list them.
    func orderedValues(project: Project) -> [String] {
        switch self {
        case .site:
            return project.framework?.sites.map(\.id) ?? []
        case .respondentGroup:
            return project.framework?.respondentGroups.filter { $0.parent == nil }.map(\.id) ?? []
        case .ageBand(_, let bands):
            return bands.map(\.label)
        case .field(let field):
            var values: [String] = []
            for instrument in project.instruments {
                guard let profileField = instrument.profileField(field) else { continue }
                switch profileField.kind {
                case .singleChoice(let options), .multipleChoice(let options):
                    for option in options where !values.contains(option.value) { values.append(option.value) }
                default:
                    break
                }
            }
            return values
        }
    }
}
