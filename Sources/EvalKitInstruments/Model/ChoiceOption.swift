/// One choice of a list: a stable value (what is stored) and its label (what is shown).
public struct ChoiceOption: Sendable, Hashable, Codable {
    public var value: String
    public var label: LocalizedText

    public init(value: String, label: LocalizedText) {
        self.value = value
        self.label = label
    }

    public static let yes = ChoiceOption(value: "yes", label: LocalizedText(["en": "Yes", "vi": "Có"]))
    public static let no = ChoiceOption(value: "no", label: LocalizedText(["en": "No", "vi": "Không"]))
}
