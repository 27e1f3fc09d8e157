public import EvalKitCore
import EvalKitFieldwork
public import EvalKitStore

extension TranscriptImporter {
    /// A session made from another tool's text source, with where each answer lies in the
    /// source's text, so that the tool's coded selections can be placed on the answers.
    public struct SourceSession: Sendable {
        public struct Answer: Sendable {
            /// Code points of the source's text that the answer holds.
            public var range: Range<Int>
            /// How the redaction list changed the answer's text (positions map through it).
            public var redaction: Redactor.Result
        }

        public var exchange: SessionExchange
        /// One per answer of `exchange`, in the same order.
        public var answers: [Answer]
    }

    /// The session of a text source: one answer per part by question (markers and headings,
    /// as for transcripts; speaker labels are not read), each the exact characters of the
    /// source less what the redaction list masks. Choice questions keep the verbatim text.
    /// - Parameter extraProfile: profile values of the respondent (checked), added to the options'.
    public func sourceSession(text: String, digest: String, extraProfile: [String: String] = [:]) -> SourceSession {
        let profile = self.profile.merging(extraProfile) { $1 }
        let spans = TranscriptSplitter(instrument: instrument, speakers: false).spans(of: text)
        let scalars = Array(text.unicodeScalars)
        let sessionID = SessionContext.newSessionID()
        // An interview's answers are its respondent's; an FGD source's are the group's.
        let respondent = context.method == .interview ? provisionalRespondent(sessionID: sessionID, seat: nil) : nil
        let code = respondent?.code
        var profiles: [String: [String: String]] = [:]
        if let code, !profile.isEmpty { profiles[code] = profile }
        var answers: [AnswerRecord] = []
        var placed: [SourceSession.Answer] = []
        for span in spans {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[span.range])
            let redaction = redactor.redactWithMap(String(view))
            answers.append(
                AnswerRecord(
                    sessionID: sessionID, questionID: span.questionID, respondentCode: code, status: .answered,
                    value: redaction.text, recordedAt: consentAt))
            placed.append(SourceSession.Answer(range: span.range, redaction: redaction))
        }
        let exchange = SessionExchange(
            session: session(id: sessionID, from: .qdaProject, digest: digest),
            respondents: respondent.map { [$0] } ?? [],
            profileValues: profiles, answers: answers, notes: [], events: [])
        return SourceSession(exchange: exchange, answers: placed)
    }
}
