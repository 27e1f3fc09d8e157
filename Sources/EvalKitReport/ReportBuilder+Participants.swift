import EvalKitInstruments
import EvalKitStore

extension ReportBuilder {
    /// Counts sessions held with consent and their people, a session at a time. A session whose
    /// consent was declined, or whose respondent withdrew, is no participation.
    func participantsTable(_ store: ProjectStore) throws -> ParticipantsTable {
        var counts: [String: ParticipantsTable.Row] = [:]
        var seen = 0
        try store.forEachSession { session in
            guard session.consentAt != nil, session.status != .consentDeclined, session.status != .withdrawn else {
                return
            }
            let group = topGroup(session.respondentGroup)
            let key = "\(session.siteID) \(group)"
            var row =
                counts[key]
                ?? ParticipantsTable.Row(
                    site: session.siteID, siteName: siteName(session.siteID), group: group, groupName: groupName(group))
            let people = try store.respondents(sessionID: session.id).count
            switch session.method {
            case .interview:
                row.interviews += 1
                row.interviewParticipants += max(people, 1)
            case .fgd:
                row.fgds += 1
                row.fgdParticipants += people
            }
            if session.importedFrom != nil { row.importedSessions += 1 }
            counts[key] = row
            seen += 1
            if seen % 1000 == 0 { progress?(.init("participants: \(seen) sessions read", endsStep: false)) }
        }
        return ParticipantsTable(rows: ordered(Array(counts.values), site: \.site, group: \.group))
    }

    /// Planned against achieved per site and top-level group; rows of either side.
    func fieldworkTable(_ participants: ParticipantsTable) -> FieldworkTable {
        var rows: [String: FieldworkTable.Row] = [:]
        func row(_ site: String, _ group: String) -> FieldworkTable.Row {
            rows["\(site) \(group)"]
                ?? FieldworkTable.Row(
                    site: site, siteName: siteName(site), group: group, groupName: groupName(group),
                    plannedInterviews: 0, achievedInterviews: 0, plannedFGDParticipants: 0,
                    achievedFGDParticipants: 0)
        }
        for target in framework.samplingPlan {
            let group = topGroup(target.group)
            var current = row(target.site, group)
            current.plannedInterviews += target.interviews
            current.plannedFGDParticipants += target.fgdParticipants
            rows["\(target.site) \(group)"] = current
        }
        for achieved in participants.rows {
            var current = row(achieved.site, achieved.group)
            current.achievedInterviews += achieved.interviews
            current.achievedFGDParticipants += achieved.fgdParticipants
            rows["\(achieved.site) \(achieved.group)"] = current
        }
        return FieldworkTable(rows: ordered(Array(rows.values), site: \.site, group: \.group))
    }

    /// Framework order of sites, then of top-level groups; unknown ids after, by id.
    func ordered<Row>(_ rows: [Row], site: KeyPath<Row, String>, group: KeyPath<Row, String>) -> [Row] {
        let sites = framework.sites.map(\.id)
        let groups = framework.respondentGroups.map(\.id)
        func rank(_ list: [String], _ id: String) -> Int { list.firstIndex(of: id) ?? list.count }
        return rows.sorted { a, b in
            let keyA = (rank(sites, a[keyPath: site]), a[keyPath: site], rank(groups, a[keyPath: group]))
            let keyB = (rank(sites, b[keyPath: site]), b[keyPath: site], rank(groups, b[keyPath: group]))
            if keyA != keyB { return keyA < keyB }
            return a[keyPath: group] < b[keyPath: group]
        }
    }
}
