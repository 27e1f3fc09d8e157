/// Who took part, per site and top-level respondent group: sessions held with consent and the
/// people in them. Rows follow the framework's order of sites, then of groups.
public struct ParticipantsTable: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        public var site: String
        public var siteName: String
        public var group: String
        public var groupName: String
        public var interviews = 0
        public var interviewParticipants = 0
        public var fgds = 0
        public var fgdParticipants = 0
        /// Sessions (of either method) imported from transcripts or other tools, not recorded
        /// with the runner; they are counted in the columns above too.
        public var importedSessions = 0

        public var participants: Int { interviewParticipants + fgdParticipants }
    }

    public var rows: [Row]

    public var total: Row {
        var total = Row(site: "", siteName: "", group: "", groupName: "")
        for row in rows {
            total.interviews += row.interviews
            total.interviewParticipants += row.interviewParticipants
            total.fgds += row.fgds
            total.fgdParticipants += row.fgdParticipants
            total.importedSessions += row.importedSessions
        }
        return total
    }

    /// The rows added up per top-level group, across sites, in row order.
    public var byGroup: [Row] { merged { ($0.group, $0.groupName) } }

    /// The rows added up per site, in row order.
    public var bySite: [Row] { merged { ($0.site, $0.siteName) } }

    private func merged(by key: (Row) -> (String, String)) -> [Row] {
        var order: [String] = []
        var sums: [String: Row] = [:]
        for row in rows {
            let (id, name) = key(row)
            if sums[id] == nil {
                order.append(id)
                sums[id] = Row(site: id, siteName: name, group: id, groupName: name)
            }
            sums[id]?.interviews += row.interviews
            sums[id]?.interviewParticipants += row.interviewParticipants
            sums[id]?.fgds += row.fgds
            sums[id]?.fgdParticipants += row.fgdParticipants
        }
        return order.compactMap { sums[$0] }
    }
}
