import EvalKitStore

/// The text of one session's `<TextSource>`: for each answered question, in order, the line
/// `[question id] ` followed by the answer, answers separated by a blank line.
/// Offsets count Unicode code points, as REFI-QDA positions do.
struct SourceText {
    /// Where one answer's text lies in the source.
    struct Part {
        var answerID: Int64
        /// Code points before the answer text.
        var offset: Int
        /// Code points of the answer text.
        var length: Int

        /// The source positions of a segment's range (the whole answer when nil); nil when the
        /// range lies outside the answer.
        func sourceRange(of range: Range<Int>?) -> Range<Int>? {
            guard let range else { return offset..<(offset + length) }
            guard range.lowerBound >= 0, range.upperBound <= length else { return nil }
            return (offset + range.lowerBound)..<(offset + range.upperBound)
        }
    }

    static let separator = "\n\n"

    var text = ""
    var parts: [Part] = []

    /// Nil when the session has no answered question with text.
    init?(session: SessionRecord, store: ProjectStore) throws(StoreError) {
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
            let answerLength = value.unicodeScalars.count
            parts.append(Part(answerID: id, offset: length, length: answerLength))
            text += value
            length += answerLength
        }
        if parts.isEmpty { return nil }
    }
}
