import ArgumentParser
import EvalKitCore
import EvalKitInstruments
import EvalKitStore
import Foundation

struct ShowSessionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one session: its facts, the respondents' profiles, every answer, notes and events."
    )

    @OptionGroup var projectOptions: ProjectOptions

    @Argument(help: ArgumentHelp("The session id, or its first characters.", valueName: "session"))
    var session: String

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    struct Details: Encodable {
        struct Respondent: Encodable {
            var code: String
            var seat: Int?
            var profile: [String: String]
        }
        struct Answer: Encodable {
            var question: String
            var respondent: String?
            var status: String
            var value: String?
            var recordedAt: Date
        }
        var id: String
        var instrument: String
        var instrumentVersion: String
        var method: String
        var site: String
        var unit: String?
        var respondentGroup: String
        var interviewer: String?
        var language: String
        var interpreterUsed: Bool?
        var status: String
        var startedAt: Date
        var endedAt: Date?
        var consentAt: Date?
        var guardianConsentAt: Date?
        var respondents: [Respondent]
        var answers: [Answer]
        var notes: [NoteRecord]
        var events: [SessionEventRecord]
    }

    func run() throws {
        let layout = try projectOptions.layout()
        let store = try openExistingStore(layout, access: .readOnly)
        let record = try findSession(session, in: store)
        let respondents = try store.respondents(sessionID: record.id).map { respondent in
            Details.Respondent(
                code: respondent.code, seat: respondent.seat,
                profile: try store.profileValues(respondentCode: respondent.code))
        }
        let answers = try store.answers(sessionID: record.id).map {
            Details.Answer(
                question: $0.questionID, respondent: $0.respondentCode, status: $0.status.rawValue, value: $0.value,
                recordedAt: $0.recordedAt)
        }
        let details = Details(
            id: record.id, instrument: record.instrumentID, instrumentVersion: record.instrumentVersion,
            method: record.method.rawValue, site: record.siteID, unit: record.unitID,
            respondentGroup: record.respondentGroup,
            interviewer: record.interviewerCode, language: record.language, interpreterUsed: record.interpreterUsed,
            status: record.status.rawValue, startedAt: record.startedAt, endedAt: record.endedAt,
            consentAt: record.consentAt,
            guardianConsentAt: record.guardianConsentAt, respondents: respondents, answers: answers,
            notes: try store.notes(sessionID: record.id), events: try store.events(sessionID: record.id))
        if format == .json { return try printJSON(details) }
        let instrument = ProjectLoader().load(layout).project.instrument(record.instrumentID)
        print(SessionText(details: details, instrument: instrument).render())
    }
}
