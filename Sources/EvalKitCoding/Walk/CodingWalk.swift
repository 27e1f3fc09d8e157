public import EvalKitStore
public import EvalKitTerminal
public import Foundation

/// `evalkit code --coder CODE`: walks the answers this coder has not yet been through, shows
/// each with its context, and applies codes by number or name, to the whole answer or to a span
/// of words. Every change is saved at once; stopping and running again continues where the
/// coder left off. Nothing another coder did is shown or changed.
public final class CodingWalk {
    public struct Summary: Equatable, Sendable {
        public var answersDone = 0
        public var segmentsAdded = 0

        public init(answersDone: Int = 0, segmentsAdded: Int = 0) {
            self.answersDone = answersDone
            self.segmentsAdded = segmentsAdded
        }
    }

    private let store: ProjectStore
    private let coder: String
    private let filter: AnswerFilter
    private let codes: [CodeChoice.Listed]
    private var input: any LineSource
    private let screen: Screen
    private let clock: @Sendable () -> Date
    private let questionText: (String, String) -> String?

    public init(
        store: ProjectStore, coder: String, filter: AnswerFilter, codes: [StoredCode], input: any LineSource,
        screen: Screen, questionText: @escaping (_ instrument: String, _ question: String) -> String?,
        clock: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.store = store
        self.coder = coder
        self.filter = filter
        self.codes = codes.map { CodeChoice.Listed(id: $0.id, label: $0.label) }
        self.input = input
        self.screen = screen
        self.questionText = questionText
        self.clock = clock
    }

    public func run() throws -> Summary {
        var summary = Summary()
        let total = try store.unreviewedCount(coder: coder, filter: filter)
        screen.show(Message(.info, "Coding as \(coder): \(total) answers to go. Type :help for the commands."))
        var history: [Int64] = []
        var cursor: Int64 = 0
        var current = try store.nextAnswerToReview(coder: coder, after: cursor, filter: filter)
        var position = 1
        while let item = current, let id = item.answer.id {
            show(item, position: position, total: total)
            var added: [SegmentRecord] = []
            answer: while true {
                screen.showPrompt(Prompt(cue: "codes by number or name, w3-7 for words; Enter when done"))
                guard let line = nextLine() else {
                    screen.show(Message(.info, "Input ended; everything coded so far is saved."))
                    return summary
                }
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                switch trimmed.lowercased() {
                case "":
                    try store.markReviewed(coder: coder, answerIDs: [id], at: clock())
                    summary.answersDone += 1
                    if !history.contains(id) { history.append(id) }
                    cursor = max(cursor, id)
                    current = try store.nextAnswerToReview(coder: coder, after: cursor, filter: filter)
                    position += 1
                    break answer
                case ":stop", ":pause":
                    screen.show(Message(.info, "Stopped. Run the same command again to go on where you left off."))
                    return summary
                case ":back":
                    guard let previous = history.last(where: { $0 != id }) else {
                        screen.show(Message(.problem, "This is the first answer of this walk."))
                        continue
                    }
                    history.removeAll { $0 == previous }
                    current = try store.answerInContext(id: previous)
                    break answer
                case ":codes":
                    screen.show(Message(.info, codeList))
                case ":help", ":h", ":?":
                    screen.show(Message(.info, Self.help))
                case ":undo":
                    guard let last = added.popLast(), let segmentID = last.id else {
                        screen.show(Message(.problem, "Nothing to undo on this answer."))
                        continue
                    }
                    try store.deleteSegment(id: segmentID)
                    summary.segmentsAdded -= 1
                    screen.show(Message(.info, "Removed \(last.codeID)."))
                default:
                    if trimmed.lowercased().hasPrefix(":memo") {
                        let memo = String(trimmed.dropFirst(5)).trimmingCharacters(in: .whitespaces)
                        guard let last = added.last, let segmentID = last.id, !memo.isEmpty else {
                            screen.show(Message(.problem, "Code something on this answer first, then :memo TEXT."))
                            continue
                        }
                        try store.setMemo(segmentID: segmentID, memo: memo)
                        screen.show(Message(.info, "Memo kept on \(last.codeID)."))
                    } else if trimmed.hasPrefix(":") {
                        screen.show(Message(.problem, "'\(trimmed)' is not a command. " + Self.help))
                    } else {
                        let saved = try apply(trimmed, to: item)
                        added += saved
                        summary.segmentsAdded += saved.count
                    }
                }
            }
        }
        screen.show(Message(.info, "Nothing left to code for \(coder) here."))
        return summary
    }

    private func apply(_ entry: String, to item: AnswerInContext) throws -> [SegmentRecord] {
        switch CodeChoice.parse(entry, codes: codes) {
        case .failure(let failure):
            screen.show(Message(.problem, failure.message))
            return []
        case .success(let choice):
            let words = AnswerWords(item.answer.value ?? "")
            var range: Range<Int>?
            if let span = choice.words {
                guard let found = words.range(of: span) else {
                    screen.show(
                        Message(
                            .problem,
                            "The answer has \(words.words.count) word\(words.words.count == 1 ? "" : "s"); w\(span.lowerBound)-\(span.upperBound) is outside it."
                        ))
                    return []
                }
                range = found
            }
            var saved: [SegmentRecord] = []
            for code in choice.codes {
                let segment = try store.addSegment(
                    SegmentRecord(
                        answerID: item.answer.id!, codeID: code, coder: coder, range: range, createdAt: clock()))
                saved.append(segment)
                let label = codes.first { $0.id == code }?.label ?? code
                let place = choice.words.map { " on words \($0.lowerBound)-\($0.upperBound)" } ?? ""
                screen.show(Message(.info, "Coded \(code) (\(label))\(place)."))
            }
            return saved
        }
    }

    private func show(_ item: AnswerInContext, position: Int, total: Int) {
        let answer = item.answer
        screen.show(Message(.heading, "Answer \(position) of \(total)"))
        let who =
            item.method == .fgd ? (answer.respondentCode == nil ? "the group" : "a participant") : "the respondent"
        screen.show(
            Message(
                .progress,
                "\(item.instrumentID) · \(answer.questionID) · site \(item.siteID) · group \(item.respondentGroup) · \(who)"
            ))
        if let question = questionText(item.instrumentID, answer.questionID) {
            screen.show(Message(.question, question))
        }
        screen.show(Message(.script, answer.value ?? ""))
        let words = AnswerWords(answer.value ?? "").words
        screen.show(
            Message(
                .probe,
                "Words: " + words.enumerated().map { "\($0.offset + 1) \($0.element.text)" }.joined(separator: "  ")))
        if let existing = try? store.segments(answerID: answer.id!).filter({ $0.coder == coder }), !existing.isEmpty {
            let list = existing.map { segment in
                segment.range.map { "\(segment.codeID) (code points \($0.lowerBound)-\($0.upperBound))" }
                    ?? segment.codeID
            }
            screen.show(Message(.info, "Already coded by you: " + list.joined(separator: ", ")))
        }
    }

    private var codeList: String {
        codes.enumerated().map { "\($0.offset + 1)) \($0.element.id): \($0.element.label)" }.joined(separator: "\n")
    }

    static let help = """
        Type code numbers (3 or 3 12) or part of a code's name (debt); add w3-7 to code words 3 to 7 \
        only. Enter: this answer is done, next. :undo removes the last code you added here; :memo TEXT \
        adds a memo to it; :codes lists the codes; :back returns to the previous answer; :stop stops \
        (run the command again to go on).
        """

    private func nextLine() -> String? {
        input.nextLine(echoingOn: screen)
    }
}
