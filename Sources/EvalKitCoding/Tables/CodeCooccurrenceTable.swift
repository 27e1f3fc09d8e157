public import EvalKitStore

/// For each pair of codes, the number of answers on which both occur; the diagonal is the
/// number of answers with the code. Counts answers, not segments: a code twice on one answer
/// counts once.
public struct CodeCooccurrenceTable: Sendable, Equatable {
    /// The codebook's codes in codebook order.
    public private(set) var codes: [StoredCode]
    private var counts: [String: [String: Int]] = [:]

    public init(codes: [StoredCode]) {
        self.codes = codes
    }

    public mutating func add(_ answer: CodedAnswer) {
        let present = Set(answer.codeIDs)
        for first in present {
            for second in present { counts[first, default: [:]][second, default: 0] += 1 }
        }
    }

    /// Rows and columns: codebook codes, then codes the codebook lacks, by id.
    public var codeIDs: [String] {
        let known = codes.map(\.id)
        let knownSet = Set(known)
        return known + counts.keys.filter { !knownSet.contains($0) }.sorted()
    }

    /// The number of answers on which both codes occur (`first == second`: answers with the code).
    public func count(_ first: String, _ second: String) -> Int { counts[first]?[second] ?? 0 }

    /// The matrix in `codeIDs` order.
    public var matrix: [[Int]] {
        let ids = codeIDs
        return ids.map { first in ids.map { count(first, $0) } }
    }

    /// Builds the table from the store, reading coded answers a batch at a time.
    /// - Parameter coder: only this coder's segments; every coder's when nil.
    public static func make(store: ProjectStore, coder: String?) throws -> Self {
        var table = CodeCooccurrenceTable(codes: try store.storedCodes())
        try store.forEachCodedAnswer(coder: coder) { table.add($0) }
        return table
    }
}
