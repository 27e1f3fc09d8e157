public import EvalKitInstruments
public import EvalKitStore

/// Applies the rubric's reconciliation rule to one answer's segments: which codes count as
/// evidence, by how many coders, and which segment stands for the code when quoting.
public struct Reconciler: Sendable {
    /// A code that counts as evidence on one answer.
    public struct Agreed: Sendable, Equatable {
        public var codeID: String
        /// The coders who applied the code to the answer (any span), sorted.
        public var coders: [String]
        /// The span quoted for the code: the designated coder's first segment, otherwise the
        /// first segment made; nil for the whole answer.
        public var range: Range<Int>?
    }

    public let rule: Rubric.Reconciliation

    public init(_ rule: Rubric.Reconciliation) {
        self.rule = rule
    }

    /// Codes in the order their first segment was made; each code once.
    public func reconcile(_ segments: [EvidenceAnswer.Segment]) -> [Agreed] {
        var order: [String] = []
        var byCode: [String: [EvidenceAnswer.Segment]] = [:]
        for segment in segments where rule.coders.isEmpty || rule.coders.contains(segment.coder) {
            if byCode[segment.codeID] == nil { order.append(segment.codeID) }
            byCode[segment.codeID, default: []].append(segment)
        }
        return order.compactMap { code in
            let applied = byCode[code] ?? []
            let coders = Set(applied.map(\.coder)).sorted()
            let designated = rule.coders.first
            switch rule.rule {
            case .any:
                break
            case .designated:
                guard let designated, coders.contains(designated) else { return nil }
            case .agreement:
                guard coders.count >= rule.minimumCoders else { return nil }
            }
            let quoted = applied.first { $0.coder == designated } ?? applied[0]
            return Agreed(codeID: code, coders: coders, range: quoted.range)
        }
    }
}
