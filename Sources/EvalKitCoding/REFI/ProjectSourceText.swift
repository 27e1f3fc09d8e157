import EvalKitCore
import EvalKitStore

/// The text of one session's `<TextSource>`: for each answered question, in order, the line
/// `[question id] ` followed by the answer, answers separated by a blank line.
/// Offsets count Unicode code points, as REFI-QDA positions do. With a redactor, each answer
/// is redacted and segment positions are moved to match.
struct SourceText {
    /// Where one answer's text lies in the source.
    struct Part {
        var answerID: Int64
        /// Code points before the answer text.
        var offset: Int
        /// Code points of the answer text (as stored, before redaction).
        var length: Int
        /// Where redaction moved positions of the answer; no replacements without a redactor.
        var redaction = Redactor.Result(text: "", replacements: [])
        /// Code points of the answer text in the source (after redaction).
        var sourceLength: Int

        /// Whether source positions `range` lie within this answer.
        func contains(_ range: Range<Int>) -> Bool {
            range.lowerBound >= offset && range.upperBound <= offset + sourceLength
        }

        /// The answer-relative range (as stored, before redaction) of source positions `range`;
        /// nil for the whole answer.
        func answerRange(ofSource range: Range<Int>) -> Range<Int>? {
            let start = redaction.originalPosition(range.lowerBound - offset, isEnd: false)
            let end = redaction.originalPosition(range.upperBound - offset, isEnd: true)
            return start == 0 && end == length ? nil : start..<max(start, end)
        }

        /// The source positions of a segment's range (the whole answer when nil); nil when the
        /// range lies outside the answer.
        func sourceRange(of range: Range<Int>?) -> Range<Int>? {
            let range = range ?? 0..<length
            guard range.lowerBound >= 0, range.upperBound <= length else { return nil }
            return
                (offset + redaction.position(range.lowerBound, isEnd: false))..<(offset
                + redaction.position(range.upperBound, isEnd: true))
        }
    }

    static let separator = "\n\n"

    var text = ""
    var parts: [Part] = []

    /// Nil when the session has no answered question with text.
    init?(session: SessionRecord, store: ProjectStore, redactor: Redactor = .none) throws(StoreError) {
        var length = 0
        for answer in try store.answers(sessionID: session.id) {
            guard let id = answer.id, let value = answer.value, !value.isEmpty else { continue }
            if !parts.isEmpty {
                text += Self.separator
                length += Self.separator.unicodeScalars.count
            }
            let prefix = "[\(answer.questionID)] "
            text += prefix
            length += prefix.unicodeScalars.count
            let redaction = redactor.redactWithMap(value)
            parts.append(
                Part(
                    answerID: id, offset: length, length: value.unicodeScalars.count, redaction: redaction,
                    sourceLength: redaction.text.unicodeScalars.count))
            text += redaction.text
            length += redaction.text.unicodeScalars.count
        }
        if parts.isEmpty { return nil }
    }
}
