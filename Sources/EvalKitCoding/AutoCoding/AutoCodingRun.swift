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

    /// Answers per transaction: each commit waits for the disk, so a large batch saves time; a
    /// batch is still only a few megabytes.
    public var batchSize = 5_000
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
        var batch: [(id: Int64, text: String)] = []
        var segments: [SegmentRecord] = []
        let now = clock()
        func flush() throws {
            guard !batch.isEmpty else { return }
            for (item, matches) in zip(batch, Self.matches(of: batch.map(\.text), coder: coder)) {
                summary.answers += 1
                if !matches.isEmpty { summary.codedAnswers += 1 }
                for match in matches {
                    summary.segments += 1
                    summary.perCode[match.code, default: 0] += 1
                    segments.append(
                        SegmentRecord(
                            answerID: item.id, codeID: match.code, coder: Self.coder, range: match.range,
                            createdAt: now))
                }
            }
            try store.replaceSegments(coder: Self.coder, answerIDs: batch.map(\.id), with: segments)
            batch.removeAll(keepingCapacity: true)
            segments.removeAll(keepingCapacity: true)
            progress(summary.answers, total)
        }
        try store.forEachAnswer { item in
            guard let id = item.answer.id else { return }
            batch.append((id, item.answer.value ?? ""))
            if batch.count >= batchSize { try flush() }
        }
        try flush()
        return summary
    }

    /// The matches of each text, in order, computed on every core (matching reads nothing shared
    /// that changes, and the coder is Sendable).
    static func matches(of texts: [String], coder: AutoCoder) -> [[AutoCoder.Match]] {
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, texts.count / 64))
        guard workers > 1 else { return texts.map { coder.matches(in: $0) } }
        let results = MatchSlots(count: texts.count)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            for index in stride(from: worker, to: texts.count, by: workers) {
                results.set(index, coder.matches(in: texts[index]))
            }
        }
        return results.values
    }
}

/// One slot per text, each written by exactly one worker.
private final class MatchSlots: @unchecked Sendable {
    // @unchecked: workers write disjoint slots of memory allocated once (an Array property would
    // be one shared access, which Swift's exclusivity checks refuse across threads); the slots
    // are read only after concurrentPerform has returned.
    private let slots: UnsafeMutableBufferPointer<[AutoCoder.Match]>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: [])
    }

    deinit {
        if let base = slots.baseAddress { base.deinitialize(count: slots.count) }
        slots.deallocate()
    }

    func set(_ index: Int, _ matches: [AutoCoder.Match]) { slots[index] = matches }

    var values: [[AutoCoder.Match]] { Array(slots) }
}
