import EvalKitCoding
import EvalKitCore
public import EvalKitInstruments
public import EvalKitStore
public import Foundation

/// A second coder for the demo: an analyst who reviews a fixed share of the answers after
/// the rules have coded them, keeps most of the rules' codes, drops some, and adds a related
/// code now and then. Agreement between `rules` and this coder is therefore high but not
/// perfect, as between two people who share a codebook.
public struct SimulatedCoder {
    public static let defaultCoder = "AN-01"

    public struct Summary: Sendable, Equatable {
        public var reviewed = 0
        public var segments = 0
        public var kept = 0
        public var dropped = 0
        public var added = 0

        public init() {}
    }

    public var coder: String
    /// Share of answers the analyst reviews.
    public var share = 0.3
    /// Chance that a rules code is kept.
    public var keep = 0.9
    /// Chance that the analyst adds a related code to a reviewed answer.
    public var add = 0.12
    let codebook: Codebook
    let store: ProjectStore
    let seed: UInt64
    let clock: @Sendable () -> Date

    public init(
        coder: String = Self.defaultCoder, codebook: Codebook, store: ProjectStore, seed: UInt64,
        clock: @escaping @Sendable () -> Date
    ) {
        self.coder = coder
        self.codebook = codebook
        self.store = store
        self.seed = seed
        self.clock = clock
    }

    /// Replaces what this coder coded before with a fresh review.
    /// - Parameter progress: called now and then with (answers seen, answers in all).
    public func run(progress: (Int, Int) -> Void = { _, _ in }) throws -> Summary {
        let total = try store.answeredCount()
        let parents = Dictionary(codebook.allCodes.map { ($0.code.id, $0.parentID) }, uniquingKeysWith: { $1 })
        var summary = Summary()
        var seen = 0
        var batchIDs: [Int64] = []
        var batch: [SegmentRecord] = []
        func flush() throws {
            guard !batchIDs.isEmpty else { return }
            try store.replaceSegments(coder: coder, answerIDs: batchIDs, with: batch, at: clock())
            batchIDs.removeAll()
            batch.removeAll()
            progress(seen, total)
        }
        try store.forEachAnswer { item in
            seen += 1
            guard let id = item.answer.id else { return }
            // Keyed by the answer, so the sample does not depend on the order of reading.
            var random = SeededGenerator(seed: seed, label: "\(coder)/\(id)")
            guard random.chance(share) else { return }
            summary.reviewed += 1
            batchIDs.append(id)
            let text = item.answer.value ?? ""
            let proposed = try store.segments(answerID: id).filter { $0.coder == AutoCodingRun.coder }
            var applied: Set<String> = []
            for segment in proposed {
                guard random.chance(keep), !isFalseAlarm(segment.codeID, in: text) else {
                    summary.dropped += 1
                    continue
                }
                applied.insert(segment.codeID)
                batch.append(
                    SegmentRecord(
                        answerID: id, codeID: segment.codeID, coder: coder, range: segment.range, createdAt: clock()))
                summary.kept += 1
            }
            if let base = proposed.randomElement(using: &random), random.chance(add) {
                let siblings = parents.filter { $0.value != nil && $0.value == parents[base.codeID] ?? nil }
                    .map(\.key).filter { !applied.contains($0) }.sorted()
                if let extra = siblings.randomElement(using: &random) {
                    batch.append(
                        SegmentRecord(answerID: id, codeID: extra, coder: coder, range: nil, createdAt: clock()))
                    summary.added += 1
                }
            }
            if batchIDs.count >= 200 { try flush() }
        }
        try flush()
        summary.segments = summary.kept + summary.added
        return summary
    }

    /// Reading the whole answer, an analyst drops a rule hit that says the opposite: "kept it
    /// confidential" is not a breach of confidentiality.
    private func isFalseAlarm(_ code: String, in text: String) -> Bool {
        code == "quality.privacy-breach" && text.contains("confidential") && !text.contains("everyone knew")
    }
}
