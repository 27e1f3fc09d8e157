public import EvalKitStore
public import Foundation

/// Runs an `AutoCoder` over every answer of the project as the coder "rules": answers are
/// streamed, matched, and written in batches, each batch replacing what "rules" had coded on
/// those answers, so a re-run gives the same result and never touches a person's coding.
public struct AutoCodingRun {
    /// The coder name auto-coded segments are saved under.
    public static let coder = "rules"

    /// What a run did.
    public struct Summary: Sendable, Equatable {
        public var answers = 0
        public var codedAnswers = 0
        public var segments = 0
        /// Segments per code.
        public var perCode: [String: Int] = [:]

        public init(answers: Int = 0, codedAnswers: Int = 0, segments: Int = 0, perCode: [String: Int] = [:]) {
            self.answers = answers
            self.codedAnswers = codedAnswers
            self.segments = segments
            self.perCode = perCode
        }
    }

    public var batchSize = 500
    private let coder: AutoCoder
    private let store: ProjectStore
    private let clock: @Sendable () -> Date

    public init(coder: AutoCoder, store: ProjectStore, clock: @escaping @Sendable () -> Date = { Date() }) {
        self.coder = coder
        self.store = store
        self.clock = clock
    }

    /// - Parameter progress: called after each batch with (answers done, answers in all).
    public func run(progress: (Int, Int) -> Void = { _, _ in }) throws -> Summary {
        let total = try store.answeredCount()
        var summary = Summary()
        var batchIDs: [Int64] = []
        var batchSegments: [SegmentRecord] = []
        let now = clock()
        func flush() throws {
            guard !batchIDs.isEmpty else { return }
            try store.replaceSegments(coder: Self.coder, answerIDs: batchIDs, with: batchSegments)
            batchIDs.removeAll(keepingCapacity: true)
            batchSegments.removeAll(keepingCapacity: true)
            progress(summary.answers, total)
        }
        try store.forEachAnswer { item in
            guard let id = item.answer.id else { return }
            let matches = coder.matches(in: item.answer.value ?? "")
            summary.answers += 1
            if !matches.isEmpty { summary.codedAnswers += 1 }
            for match in matches {
                summary.segments += 1
                summary.perCode[match.code, default: 0] += 1
                batchSegments.append(
                    SegmentRecord(
                        answerID: id, codeID: match.code, coder: Self.coder, range: match.range, createdAt: now))
            }
            batchIDs.append(id)
            if batchIDs.count >= batchSize { try flush() }
        }
        try flush()
        return summary
    }
}
