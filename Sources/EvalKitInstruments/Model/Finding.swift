/// One analyst's finding about a unit of evaluation, with the conclusion drawn from it, from
/// `Analysis/findings.xml`. The report numbers findings per unit in file order.
public struct Finding: Sendable, Encodable {
    /// Which way a conclusion points for its criterion; the report checks it against the rating.
    public enum Direction: String, Sendable, Encodable, CaseIterable {
        case positive, mixed, negative
        /// The conclusion says the criterion could not be judged (for instance, no data).
        case undetermined
    }

    public var id: String
    public var unit: String
    public var criterion: String
    public var evaluationQuestions: [String]
    /// Codes whose quotes may support the finding in the report.
    public var codes: [String]
    public var direction: Direction
    public var title: LocalizedText
    public var statement: LocalizedText
    public var conclusion: LocalizedText

    public init(
        id: String, unit: String, criterion: String, evaluationQuestions: [String] = [], codes: [String] = [],
        direction: Direction, title: LocalizedText, statement: LocalizedText, conclusion: LocalizedText
    ) {
        self.id = id
        self.unit = unit
        self.criterion = criterion
        self.evaluationQuestions = evaluationQuestions
        self.codes = codes
        self.direction = direction
        self.title = title
        self.statement = statement
        self.conclusion = conclusion
    }
}
