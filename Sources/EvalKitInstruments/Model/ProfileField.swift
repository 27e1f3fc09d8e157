/// A typed field of the respondent's profile (asked once per respondent or FGD participant).
public struct ProfileField: Sendable, Encodable {
    public enum Kind: Sendable, Equatable {
        case integer(min: Int?, max: Int?)
        case singleChoice([ChoiceOption])
        case multipleChoice([ChoiceOption])
        case text
    }

    public var id: String
    public var label: LocalizedText
    public var kind: Kind
    public var required: Bool

    public init(id: String, label: LocalizedText, kind: Kind, required: Bool = true) {
        self.id = id
        self.label = label
        self.kind = kind
        self.required = required
    }

    /// The answer kind with the same rules, so fields and questions share one validator.
    public var answerKind: AnswerKind {
        switch kind {
        case .integer(let min, let max): .integer(min: min, max: max)
        case .singleChoice(let options): .single(options)
        case .multipleChoice(let options): .multiple(options)
        case .text: .text
        }
    }
}
