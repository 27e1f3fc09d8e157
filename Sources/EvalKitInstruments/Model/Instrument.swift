/// An interview or FGD guide: profile fields, then sections of questions.
public struct Instrument: Sendable, Encodable {
    public enum Kind: String, Sendable, Encodable {
        case interview
        case fgd
    }

    public var id: String
    public var version: String
    public var kind: Kind
    public var title: LocalizedText
    public var guidance: LocalizedText?
    public var respondentGroups: [String]
    public var unit: String?
    public var consentID: String
    public var minParticipants: Int?
    public var maxParticipants: Int?
    public var profile: [ProfileField]
    public var sections: [Section]
    /// The file the guide was loaded from.
    public var file: String

    public init(
        id: String, version: String, kind: Kind, title: LocalizedText, guidance: LocalizedText? = nil,
        respondentGroups: [String], unit: String? = nil, consentID: String, minParticipants: Int? = nil,
        maxParticipants: Int? = nil, profile: [ProfileField] = [], sections: [Section], file: String = ""
    ) {
        self.id = id
        self.version = version
        self.kind = kind
        self.title = title
        self.guidance = guidance
        self.respondentGroups = respondentGroups
        self.unit = unit
        self.consentID = consentID
        self.minParticipants = minParticipants
        self.maxParticipants = maxParticipants
        self.profile = profile
        self.sections = sections
        self.file = file
    }

    /// Every question in asking order.
    public var questions: [Question] { sections.flatMap(\.questions) }

    public func question(_ id: String) -> Question? { questions.first { $0.id == id } }

    public func profileField(_ id: String) -> ProfileField? { profile.first { $0.id == id } }
}

public struct Section: Sendable, Encodable {
    public var id: String
    public var title: LocalizedText
    public var intro: LocalizedText?
    public var questions: [Question]

    public init(id: String, title: LocalizedText, intro: LocalizedText? = nil, questions: [Question]) {
        self.id = id
        self.title = title
        self.intro = intro
        self.questions = questions
    }
}
