public import Foundation

/// One line of the audit log: who did what, when, to which ids. Never any content: no
/// answer, note, profile value, memo, passphrase or key.
public struct AuditEvent: Sendable, Equatable, Codable {
    public var id: Int64?
    public var at: Date
    /// The interviewer or analyst code (IV-03, AN-01), `rules` for auto-coding, or
    /// `unrecorded` when the command was not told.
    public var actor: String
    /// What was done, as `noun.verb`: `interview.start`, `respondent.withdraw`, `bundle.import`, …
    public var action: String
    /// The ids concerned (session id, respondent code, file name), or nil.
    public var target: String?

    public init(id: Int64? = nil, at: Date, actor: String, action: String, target: String?) {
        self.id = id
        self.at = at
        self.actor = actor
        self.action = action
        self.target = target
    }
}
