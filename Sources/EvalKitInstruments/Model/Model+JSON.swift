// JSON shapes that mirror the XML attributes, for `--format json`.

extension AnswerKind: Encodable {
    private enum Keys: String, CodingKey { case type, options, min, max }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(name, forKey: .type)
        switch self {
        case .yesNo, .single, .multiple: try container.encode(options, forKey: .options)
        case .integer(let minimum, let maximum):
            try container.encodeIfPresent(minimum, forKey: .min)
            try container.encodeIfPresent(maximum, forKey: .max)
        case .text: break
        }
    }
}

extension ProfileField.Kind: Encodable {
    public func encode(to encoder: any Encoder) throws {
        let answer: AnswerKind
        switch self {
        case .integer(let minimum, let maximum): answer = .integer(min: minimum, max: maximum)
        case .singleChoice(let options): answer = .single(options)
        case .multipleChoice(let options): answer = .multiple(options)
        case .text: answer = .text
        }
        try answer.encode(to: encoder)
    }
}

extension Condition {
    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(ref, forKey: Key(stringValue: "ref"))
        let key = Key(stringValue: attributeName)
        switch test {
        case .equals(let values), .notEquals(let values), .includes(let values):
            try container.encode(values, forKey: key)
        case .atLeast(let number), .atMost(let number):
            try container.encode(number, forKey: key)
        }
    }
}
