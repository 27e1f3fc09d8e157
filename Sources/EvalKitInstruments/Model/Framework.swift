/// The evaluation framework of a project.
public struct Framework: Sendable, Encodable {
    public struct Criterion: Sendable, Encodable {
        public var id: String
        public var name: LocalizedText
        public var evaluationQuestions: [EvaluationQuestion]
    }

    public struct EvaluationQuestion: Sendable, Encodable {
        public var id: String
        public var text: LocalizedText
    }

    /// A unit of evaluation, such as one programme model.
    public struct Unit: Sendable, Encodable {
        public var id: String
        public var name: LocalizedText
        public var description: LocalizedText?
    }

    public struct Site: Sendable, Encodable {
        public var id: String
        /// Starts every respondent code made at the site.
        public var code: String
        public var units: [String]
        public var name: LocalizedText
    }

    public struct RespondentGroup: Sendable, Encodable {
        public var id: String
        public var code: String
        public var parent: String?
        public var name: LocalizedText
    }

    /// Planned fieldwork for one site and respondent group.
    public struct SamplingTarget: Sendable, Encodable, Equatable {
        public var site: String
        public var group: String
        public var interviews: Int
        public var women: Int?
        public var men: Int?
        public var fgds: Int
        public var fgdParticipants: Int
    }

    public var id: String
    public var version: String
    public var title: LocalizedText
    public var criteria: [Criterion]
    public var units: [Unit]
    public var sites: [Site]
    public var respondentGroups: [RespondentGroup]
    public var samplingPlan: [SamplingTarget]
    public var file: String

    public var evaluationQuestions: [EvaluationQuestion] { criteria.flatMap(\.evaluationQuestions) }

    public func site(_ id: String) -> Site? { sites.first { $0.id == id } }

    public func respondentGroup(_ id: String) -> RespondentGroup? { respondentGroups.first { $0.id == id } }

    /// True when `group` is `ancestor` or nested in it.
    public func group(_ group: String, isWithin ancestor: String) -> Bool {
        var current: String? = group
        var seen: Set<String> = []
        while let id = current, seen.insert(id).inserted {
            if id == ancestor { return true }
            current = respondentGroup(id)?.parent
        }
        return false
    }
}
