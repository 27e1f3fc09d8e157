import Foundation

/// One session with everything said in it, as it travels from a field laptop to the analysts:
/// the session, its respondents and their profile values, answers, notes and events. No
/// coding: analysts code after import.
public struct SessionExchange: Sendable, Equatable, Codable {
    public var session: SessionRecord
    public var respondents: [RespondentRecord]
    /// Profile values by respondent code, then field id.
    public var profileValues: [String: [String: String]]
    public var answers: [AnswerRecord]
    public var notes: [NoteRecord]
    public var events: [SessionEventRecord]

    public init(
        session: SessionRecord, respondents: [RespondentRecord], profileValues: [String: [String: String]],
        answers: [AnswerRecord], notes: [NoteRecord], events: [SessionEventRecord]
    ) {
        self.session = session
        self.respondents = respondents
        self.profileValues = profileValues
        self.answers = answers
        self.notes = notes
        self.events = events
    }

    /// The same session with store-local details (row ids, respondent codes) replaced by
    /// what does not depend on the store: respondents by their place in the session. Two
    /// versions are the same when their canonical forms are equal.
    var canonical: SessionExchange {
        let ordered = respondents.sorted { ($0.seat ?? 0, $0.number) < ($1.seat ?? 0, $1.number) }
        var names: [String: String] = [:]
        for (index, respondent) in ordered.enumerated() { names[respondent.code] = "#\(index + 1)" }
        func rename(_ code: String?) -> String? { code.map { names[$0] ?? $0 } }
        var copy = self
        copy.respondents = ordered.map { respondent in
            var respondent = respondent
            respondent.code = names[respondent.code] ?? respondent.code
            respondent.number = 0
            return respondent
        }
        copy.profileValues = Dictionary(
            uniqueKeysWithValues: profileValues.map { (rename($0.key) ?? $0.key, $0.value) })
        copy.answers = answers.map { answer in
            var answer = answer
            answer.id = nil
            answer.respondentCode = rename(answer.respondentCode)
            return answer
        }
        copy.notes = notes.map { note in
            var note = note
            note.id = nil
            return note
        }
        copy.events = events.map { event in
            var event = event
            event.id = nil
            return event
        }
        return copy
    }
}

/// What an import of sessions did.
public struct SessionImportReport: Sendable, Equatable {
    /// A respondent code that was already used in this store, and the one given instead.
    public struct Renumbering: Sendable, Equatable {
        public var sessionID: String
        public var from: String
        public var to: String
    }

    /// Sessions added.
    public var added: [String] = []
    /// Sessions the store already held, identical: left as they were.
    public var unchanged: [String] = []
    /// Sessions the store holds in another version: left as they were, for a person to decide.
    public var conflicting: [String] = []
    public var renumbered: [Renumbering] = []

    public init() {}
}
