/// A question of a guide.
public struct Question: Sendable, Encodable {
    public var id: String
    public var prompt: LocalizedText
    public var probes: [LocalizedText]
    public var answer: AnswerKind
    public var sensitive: Bool
    /// Ids of the framework's evaluation questions this question gathers evidence for.
    public var evaluationQuestions: [String]
    public var topics: [String]
    /// Asked only when every condition holds.
    public var conditions: [Condition]

    public init(
        id: String, prompt: LocalizedText, probes: [LocalizedText] = [], answer: AnswerKind = .text,
        sensitive: Bool = false, evaluationQuestions: [String] = [], topics: [String] = [],
        conditions: [Condition] = []
    ) {
        self.id = id
        self.prompt = prompt
        self.probes = probes
        self.answer = answer
        self.sensitive = sensitive
        self.evaluationQuestions = evaluationQuestions
        self.topics = topics
        self.conditions = conditions
    }
}

/// What kind of answer a question or profile field takes.
public enum AnswerKind: Sendable, Equatable {
    case text
    case yesNo
    case single([ChoiceOption])
    case multiple([ChoiceOption])
    case integer(min: Int?, max: Int?)

    /// The choices offered, for yes/no, single and multiple answers.
    public var options: [ChoiceOption] {
        switch self {
        case .yesNo: [.yes, .no]
        case .single(let options), .multiple(let options): options
        case .text, .integer: []
        }
    }

    /// The name used in the XML `answer` attribute.
    public var name: String {
        switch self {
        case .text: "text"
        case .yesNo: "yesno"
        case .single: "single"
        case .multiple: "multiple"
        case .integer: "integer"
        }
    }
}
