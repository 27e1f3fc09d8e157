/// Fieldwork achieved against the framework's sampling plan, per site and top-level group.
/// Plan targets for nested groups (such as one government department) add up into their
/// top-level group, as achieved counts do.
public struct FieldworkTable: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        public var site: String
        public var siteName: String
        public var group: String
        public var groupName: String
        public var plannedInterviews: Int
        public var achievedInterviews: Int
        public var plannedFGDParticipants: Int
        public var achievedFGDParticipants: Int

        public var interviewGap: Int { achievedInterviews - plannedInterviews }
        public var fgdParticipantGap: Int { achievedFGDParticipants - plannedFGDParticipants }
    }

    public var rows: [Row]
}
