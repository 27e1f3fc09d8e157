/// Who the team is and where respondents can get help, shown by the interview runner.
public struct ContactList: Sendable, Encodable {
    public struct Contact: Sendable, Encodable {
        public var name: LocalizedText
        public var offers: LocalizedText?
        /// Ways to reach them, one per line: phone, address, opening hours.
        public var reach: [LocalizedText]

        public init(name: LocalizedText, offers: LocalizedText? = nil, reach: [LocalizedText]) {
            self.name = name
            self.offers = offers
            self.reach = reach
        }
    }

    public var id: String
    public var version: String
    public var team: Contact
    public var referrals: [Contact]
    public var file: String

    public init(id: String, version: String, team: Contact, referrals: [Contact], file: String = "") {
        self.id = id
        self.version = version
        self.team = team
        self.referrals = referrals
        self.file = file
    }
}
