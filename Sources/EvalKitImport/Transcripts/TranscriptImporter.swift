import EvalKitCore
import EvalKitFieldwork
public import EvalKitInstruments
public import EvalKitStore
import Foundation

/// Turns transcripts typed from notes or recordings into completed sessions of a guide, as
/// if the runner had recorded them: consent attested first, answers by question, FGD
/// contributions by participant, every text encrypted by the store, no file name kept.
///
/// Use `prepare(_:)` on every file first (it reads, splits and checks, and stores nothing),
/// then `store(_:in:)` for each: one transaction per file.
public struct TranscriptImporter: Sendable {
    public struct Options: Sendable {
        public var instrumentID: String
        public var siteID: String
        public var respondentGroup: String?
        /// Must agree with the guide's kind when given.
        public var method: SessionMethod?
        public var language = LocalizedText.fallbackLanguage
        public var interviewerCode: String?
        /// The code of the interviewer who heard and attests the verbal consent.
        public var consentAttestedBy: String?
        /// `YYYY-MM-DD`, the day consent was given.
        public var consentDate: String?
        /// `field=value` for the respondent of an interview.
        public var profile: [String] = []
        /// A CSV with a `file` column and profile fields: each interview's respondent by file.
        public var profilesPath: String?
        /// The files being imported, to check the profiles CSV against.
        public var files: [String] = []
        /// A CSV with a `seat` column and profile fields, for an FGD's participants.
        public var rosterPath: String?
        /// Replace likely personal names by `[name]` before anything is stored.
        public var maskNames = false

        public init(instrumentID: String, siteID: String) {
            self.instrumentID = instrumentID
            self.siteID = siteID
        }
    }

    /// One file, read, split and checked, ready to be stored.
    public struct FilePlan: Sendable {
        public var path: String
        public var split: TranscriptSplitter.Result
        public var names: [NameFlagger.Flag]
        public var exchange: SessionExchange
        public var digest: String
    }

    public enum Outcome: Sendable, Equatable {
        case added(sessionID: String, respondents: [String])
        /// The same text was imported before, as this session; nothing was added.
        case alreadyImported(sessionID: String)
    }

    public let instrument: Instrument
    let project: Project
    let context: SessionContext
    let options: Options
    let consentAt: Date
    let profile: [String: String]
    /// From `--profiles`: profile values by transcript file name (added to `profile`).
    let profilesByFile: [String: [String: String]]
    let roster: [Int: [String: String]]
    let redactor: Redactor

    /// Checks the options against the project. Stores nothing.
    /// - Throws: `TranscriptError.usage` (exit 64) for a missing consent attestation, an option
    ///   that names nothing in the project, or a profile value the guide does not accept; a
    ///   positioned error for a bad roster.
    public init(project: Project, options: Options) throws(TranscriptError) {
        guard let attester = options.consentAttestedBy, let day = options.consentDate else {
            throw .usage(
                "a transcript is stored only with an attestation of verbal consent: give --consent-attested-by "
                    + "CODE (the interviewer who heard the consent) and --consent-date YYYY-MM-DD.")
        }
        guard SessionPlanner.isValidInterviewerCode(attester) else {
            throw .usage(
                "consent attester '\(attester)' is not a valid code: use 2 to 16 letters, digits or '-' with a "
                    + "digit, such as IV-03 (never a name).")
        }
        guard let consentAt = Self.day(day), consentAt <= Date() else {
            throw .usage("consent date '\(day)' is not a past day in the form YYYY-MM-DD, such as 2011-05-17.")
        }
        let plan: SessionPlanner.Plan
        do {
            plan = try SessionPlanner.plan(
                project: project, instrumentID: options.instrumentID, siteID: options.siteID,
                respondentGroup: options.respondentGroup, language: options.language,
                interviewerCode: options.interviewerCode, now: consentAt)
        } catch {
            throw .usage(error.sentence)
        }
        if let method = options.method, method != plan.context.method {
            throw .usage(
                "guide '\(options.instrumentID)' is for \(plan.context.method == .fgd ? "FGDs" : "interviews"), "
                    + "not for --method \(method.rawValue).")
        }
        let instrument = plan.setup.instrument
        if plan.context.method == .fgd && !options.profile.isEmpty {
            throw .usage("--profile is for an interview's respondent; give an FGD's participants with --roster FILE.")
        }
        if plan.context.method == .fgd && options.profilesPath != nil {
            throw .usage("--profiles is for interviews; give an FGD's participants with --roster FILE.")
        }
        if plan.context.method == .interview && options.rosterPath != nil {
            throw .usage("--roster is for FGD transcripts; give an interview's profile with --profile field=value.")
        }
        self.instrument = instrument
        self.project = project
        self.context = plan.context
        self.options = options
        self.consentAt = consentAt
        self.profile = try ProfileValues(instrument: instrument).options(options.profile)
        self.profilesByFile =
            try options.profilesPath.map { path throws(TranscriptError) in
                try ProfileValues(instrument: instrument).profiles(path: path, files: options.files)
            } ?? [:]
        self.roster =
            try options.rosterPath.map { path throws(TranscriptError) in
                try ProfileValues(instrument: instrument).roster(path: path)
            } ?? [:]
        self.redactor = project.redactor
    }

    /// Reads, splits and checks one file, and builds its session. Stores nothing.
    public func prepare(_ path: String) throws(TranscriptError) -> FilePlan {
        let transcript = try TranscriptReader.read(path: path)
        let split = TranscriptSplitter(instrument: instrument, speakers: context.method == .fgd).split(
            transcript.lines)
        let names = NameFlagger().flags(in: transcript.lines)
        let values = profile.merging(profilesByFile[(path as NSString).lastPathComponent] ?? [:]) { $1 }
        return FilePlan(
            path: path, split: split, names: names,
            exchange: exchange(split, digest: transcript.digest, profile: values), digest: transcript.digest)
    }

    /// Stores one prepared file in one transaction, or recognises it as imported before.
    public func store(_ plan: FilePlan, in store: ProjectStore) throws(TranscriptError) -> Outcome {
        do {
            if let earlier = try store.session(sourceDigest: plan.digest) {
                return .alreadyImported(sessionID: earlier.id)
            }
            let actor = options.interviewerCode ?? options.consentAttestedBy ?? "unrecorded"
            let audit = AuditEvent(
                at: Date(), actor: actor, action: "transcript.import", target: plan.exchange.session.id)
            _ = try store.importSessions([plan.exchange], audit: audit)
            let codes = try store.respondents(sessionID: plan.exchange.session.id).map(\.code)
            return .added(sessionID: plan.exchange.session.id, respondents: codes)
        } catch {
            throw .store(error)
        }
    }

    /// The session of one transcript, with provisional respondent codes the store renumbers.
    func exchange(
        _ split: TranscriptSplitter.Result, digest: String, profile: [String: String]
    ) -> SessionExchange {
        let sessionID = SessionContext.newSessionID()
        var respondents: [RespondentRecord] = []
        var profiles: [String: [String: String]] = [:]
        func respondent(seat: Int?) -> String {
            let record = provisionalRespondent(sessionID: sessionID, seat: seat)
            let code = record.code
            if !respondents.contains(where: { $0.code == code }) {
                respondents.append(record)
                let values = seat.map { roster[$0] ?? [:] } ?? profile
                if !values.isEmpty { profiles[code] = values }
            }
            return code
        }
        if context.method == .interview {
            _ = respondent(seat: nil)
        } else {
            for seat in roster.keys.sorted() { _ = respondent(seat: seat) }
        }
        var answers: [AnswerRecord] = []
        var notes: [NoteRecord] = []
        for part in split.parts {
            for contribution in part.contributions {
                let text = clean(contribution.text)
                switch contribution.speaker {
                case .moderator:
                    notes.append(
                        NoteRecord(sessionID: sessionID, questionID: part.questionID, text: text, createdAt: consentAt))
                    continue
                case .participant(let seat):
                    answers.append(answer(part.questionID, respondent(seat: seat), text, sessionID, &notes))
                case .unnamed:
                    let code = context.method == .interview ? respondent(seat: nil) : nil
                    answers.append(answer(part.questionID, code, text, sessionID, &notes))
                }
            }
        }
        if context.method == .interview { answers = Self.mergedByQuestion(answers) }
        return SessionExchange(
            session: session(id: sessionID, from: .transcript, digest: digest), respondents: respondents,
            profileValues: profiles, answers: answers, notes: notes, events: [])
    }

    /// An imported session: completed, on the day consent was given, attested.
    func session(id: String, from source: ImportSource, digest: String) -> SessionRecord {
        SessionRecord(
            id: id, instrumentID: context.instrumentID, instrumentVersion: context.instrumentVersion,
            instrumentSnapshot: context.instrumentSnapshot, method: context.method, siteID: context.siteID,
            unitID: context.unitID, respondentGroup: context.respondentGroup, interviewerCode: context.interviewerCode,
            language: context.language, status: .completed, startedAt: consentAt, endedAt: consentAt,
            consentAt: consentAt, importedFrom: source, consentAttestedBy: options.consentAttestedBy,
            sourceDigest: digest)
    }

    /// A respondent the store numbers on import (number 0; the code's prefix is the site's and
    /// group's, the rest only tells respondents of one session apart until then).
    func provisionalRespondent(sessionID: String, seat: Int?) -> RespondentRecord {
        RespondentRecord(
            code: "\(context.siteCode)-\(context.groupCode)-" + (seat.map { "seat\($0)" } ?? "new"),
            sessionID: sessionID, siteID: context.siteID, respondentGroup: context.respondentGroup, number: 0,
            seat: seat)
    }

    /// The stored answer: the verbatim text, or, for a choice or number question whose text
    /// names exactly one choice or is a number in range, that value with the text as a note.
    private func answer(
        _ questionID: String, _ code: String?, _ text: String, _ sessionID: String, _ notes: inout [NoteRecord]
    ) -> AnswerRecord {
        var value = text
        if let kind = instrument.question(questionID)?.answer, let structured = ChoiceReading.value(of: text, kind) {
            value = structured
            notes.append(NoteRecord(sessionID: sessionID, questionID: questionID, text: text, createdAt: consentAt))
        }
        return AnswerRecord(
            sessionID: sessionID, questionID: questionID, respondentCode: code, status: .answered, value: value,
            recordedAt: consentAt)
    }

    /// The project's redaction list, then (when asked) likely names masked.
    private func clean(_ text: String) -> String {
        let redacted = redactor.redact(text)
        return options.maskNames ? NameFlagger().masked(redacted) : redacted
    }

    /// One answer per question for an interview: parts under the same question joined.
    static func mergedByQuestion(_ answers: [AnswerRecord]) -> [AnswerRecord] {
        var merged: [AnswerRecord] = []
        for answer in answers {
            if let index = merged.firstIndex(where: {
                $0.questionID == answer.questionID && $0.respondentCode == answer.respondentCode
            }) {
                merged[index].value = [merged[index].value, answer.value].compactMap { $0 }.joined(separator: "\n\n")
            } else {
                merged.append(answer)
            }
        }
        return merged
    }

    static func day(_ text: String) -> Date? { CalendarDay.date(from: text) }

    /// The same import for sessions at another site or of another group (a source's case
    /// variables): planned and checked again, as if given on the command line.
    public func replanned(siteID: String?, respondentGroup: String?) throws(TranscriptError) -> TranscriptImporter {
        var options = self.options
        if let siteID { options.siteID = siteID }
        if let respondentGroup { options.respondentGroup = respondentGroup }
        options.profilesPath = nil
        options.rosterPath = nil
        return try TranscriptImporter(project: project, options: options)
    }

    /// `values` (profile field → value, as another tool wrote them) checked against the guide.
    /// - Throws: `TranscriptError.usage` naming the field and value.
    public func checkedProfile(_ values: [String: String]) throws(TranscriptError) -> [String: String] {
        var checked: [String: String] = [:]
        for (field, value) in values.sorted(by: { $0.key < $1.key }) {
            switch ProfileValues(instrument: instrument).check(field, value) {
            case .success(let stored): checked[field] = stored
            case .failure(let problem): throw .usage("profile field '\(field)': \(problem.message)")
            }
        }
        return checked
    }

    /// The framework's site that `name` names (its id, code or name in any language, compared
    /// without regard to case, accents and punctuation).
    public func siteID(named name: String) -> String? {
        let key = TranscriptSplitter.headingKey(name)
        return project.framework?.sites.first { site in
            ([site.id, site.code] + Array(site.name.translations.values)).contains {
                TranscriptSplitter.headingKey($0) == key
            }
        }?.id
    }

    /// The framework's respondent group that `name` names, as `siteID(named:)` does.
    public func groupID(named name: String) -> String? {
        let key = TranscriptSplitter.headingKey(name)
        return project.framework?.respondentGroups.first { group in
            ([group.id, group.code] + Array(group.name.translations.values)).contains {
                TranscriptSplitter.headingKey($0) == key
            }
        }?.id
    }
}
