import EvalKitInstruments
import EvalKitStore
import EvalKitTerminal
import Foundation

extension InterviewEngine {
    static let yesNoCue = "yes/no"

    /// Reads yes/no in English or Vietnamese: y, yes, có, n, no, không.
    static func yesNo(_ entry: String) -> Bool? {
        switch entry.trimmingCharacters(in: .whitespaces).lowercased() {
        case "y", "yes", "có", "co", "c": true
        case "n", "no", "không", "khong", "k": false
        default: nil
        }
    }

    func presentConsentStep() -> Reaction {
        let consent = setup.consent
        switch stage {
        case .privateSetting:
            return Reaction(
                messages: [Message(.heading, "Before you begin"), Message(.info, text(consent.privateSetting))],
                prompt: Prompt(cue: Self.yesNoCue))
        case .interpreter:
            return Reaction(
                messages: [Message(.info, text(consent.interpreterQuestion))], prompt: Prompt(cue: Self.yesNoCue))
        case .minor:
            let who = isGroup ? "Is any participant" : "Is the respondent"
            return Reaction(
                messages: [Message(.info, "\(who) younger than \(consent.guardian.minorBelow)?")],
                prompt: Prompt(cue: Self.yesNoCue))
        case .guardianConsent:
            var messages = [Message(.heading, "Guardian's consent")]
            messages += consent.guardian.paragraphs.map { Message(.script, text($0)) }
            messages.append(Message(.question, text(consent.guardian.question)))
            return Reaction(messages: messages, prompt: Prompt(cue: Self.yesNoCue))
        case .guardianAttestation:
            return Reaction(
                messages: [Message(.info, text(consent.guardian.attestation))], prompt: Prompt(cue: "confirm: yes/no"))
        case .consent:
            var messages = [Message(.heading, text(consent.title))]
            messages += consent.paragraphs.map { Message(.script, text($0.text)) }
            messages.append(Message(.question, text(consent.question)))
            return Reaction(messages: messages, prompt: Prompt(cue: Self.yesNoCue))
        case .attestation:
            return Reaction(
                messages: [Message(.info, text(consent.attestation))], prompt: Prompt(cue: "confirm: yes/no"))
        default:
            return Reaction()
        }
    }

    mutating func handleConsentStep(_ entry: String) -> Reaction {
        guard let answer = Self.yesNo(entry) else {
            return Reaction(
                messages: [Message(.problem, "Please answer yes or no.")], prompt: Prompt(cue: Self.yesNoCue))
        }
        switch stage {
        case .privateSetting:
            guard answer else {
                stage = .finished
                return Reaction(
                    messages: [
                        Message(
                            .info,
                            "Not started. Find a place where no one can overhear, then start again. Nothing was recorded."
                        )
                    ], outcome: .notStarted)
            }
            stage = .interpreter
        case .interpreter:
            interpreterUsed = answer
            stage = .minor
        case .minor:
            stage = answer ? .guardianConsent : .consent
        case .guardianConsent:
            guard answer else { return declineConsent(reason: "The guardian did not consent.") }
            stage = .guardianAttestation
        case .guardianAttestation:
            guard answer else { return declineConsent(reason: "Guardian consent was not confirmed.") }
            guardianConsentedAt = setup.clock()
            stage = .consent
        case .consent:
            guard answer else { return declineConsent(reason: "Consent was declined.") }
            stage = .attestation
        case .attestation:
            guard answer else { return declineConsent(reason: "Consent was not confirmed.") }
            return consentGiven()
        default:
            break
        }
        return present()
    }

    private mutating func declineConsent(reason: String) -> Reaction {
        stage = .finished
        var messages = [
            Message(.info, reason + " Only the site, the group and the date are kept; thank the respondent warmly.")
        ]
        messages += contactCard()
        return Reaction(effects: [.recordConsentDeclined], messages: messages, outcome: .consentDeclined)
    }

    private mutating func consentGiven() -> Reaction {
        let now = setup.clock()
        var reaction = Reaction(
            effects: [.recordConsent(at: now, guardianAt: guardianConsentedAt, interpreterUsed: interpreterUsed)],
            messages: [Message(.info, "Consent recorded.")])
        if isGroup {
            stage = .participantCount
            reaction.append(present())
        } else {
            stage = .waitingForRespondents
            reaction.effects.append(.allocateRespondents(count: 1, isGroup: false))
        }
        return reaction
    }

    /// The team's card, given at the end of every session (and on decline).
    func contactCard() -> [Message] {
        guard let contacts = setup.contacts else {
            return [Message(.problem, "No team contact card is configured (add a <contacts> file to Consent/).")]
        }
        var card = describe(contacts.team)
        if !respondents.isEmpty {
            let codes = respondents.map(\.code).joined(separator: ", ")
            card.append(Message(.script, (isGroup ? "Participants' codes: " : "Respondent's code: ") + codes))
        }
        return [Message(.heading, "Contact card for the respondent")] + card
    }

    func referralContacts() -> [Message] {
        guard let contacts = setup.contacts, !contacts.referrals.isEmpty else {
            return [Message(.problem, "No referral contacts are configured (add a <contacts> file to Consent/).")]
        }
        return [Message(.heading, "Where the respondent can get support")] + contacts.referrals.flatMap(describe)
    }

    private func describe(_ contact: ContactList.Contact) -> [Message] {
        var lines = [text(contact.name)]
        if let offers = contact.offers { lines.append(text(offers)) }
        lines += contact.reach.map(text)
        return [Message(.script, lines.joined(separator: "\n"))]
    }
}
