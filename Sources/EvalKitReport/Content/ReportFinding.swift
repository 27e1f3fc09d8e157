/// A finding as numbered in the report, with the quotes that support it.
public struct ReportFinding: Sendable, Equatable {
    /// A quote attributed only to a respondent group and a site.
    public struct Quote: Sendable, Equatable {
        public var text: String
        public var groupName: String
        public var siteName: String
    }

    public var number: Int
    public var id: String
    public var criterion: String
    public var criterionName: String
    public var evaluationQuestions: [String]
    public var codes: [String]
    public var title: String
    public var statement: String
    public var conclusion: String
    public var quotes: [Quote]
}
