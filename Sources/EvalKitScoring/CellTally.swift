import EvalKitInstruments

/// The running count of one cell's evidence while the store is read.
struct CellTally: Sendable {
    var positive = 0
    var negative = 0
    var descriptive = 0
    var positiveWeight = 0.0
    var negativeWeight = 0.0
    /// Among evaluative (positive or negative) evidence only: a rating rests on judgements.
    var respondents: Set<String> = []
    var groups: Set<String> = []
    var sites: Set<String> = []
    var strongestPositive = QuoteCandidates()
    var strongestNegative = QuoteCandidates()

    mutating func add(_ item: EvidenceItem) {
        switch item.valence {
        case .descriptive:
            descriptive += 1
            return
        case .positive:
            positive += 1
            positiveWeight += item.weight
            strongestPositive.offer(item)
        case .negative:
            negative += 1
            negativeWeight += item.weight
            strongestNegative.offer(item)
        }
        respondents.insert(item.source)
        groups.insert(item.topGroup)
        sites.insert(item.siteID)
    }

    /// Counts only, without quotes: for breakdown cells.
    mutating func addCounts(_ item: EvidenceItem) {
        switch item.valence {
        case .descriptive: descriptive += 1
        case .positive:
            positive += 1
            positiveWeight += item.weight
        case .negative:
            negative += 1
            negativeWeight += item.weight
        }
        respondents.insert(item.source)
    }

    /// (positive − negative) / (positive + negative), by weight; nil without evaluative evidence.
    var balance: Double? {
        let total = positiveWeight + negativeWeight
        return total > 0 ? (positiveWeight - negativeWeight) / total : nil
    }
}

/// The strongest few items on one side of a cell, each from a different respondent: heavier
/// codes first, then codes more coders agreed on, then the earlier answer.
struct QuoteCandidates: Sendable {
    static let limit = 3
    private(set) var items: [EvidenceItem] = []

    static func isStronger(_ a: EvidenceItem, than b: EvidenceItem) -> Bool {
        if a.weight != b.weight { return a.weight > b.weight }
        if a.coders.count != b.coders.count { return a.coders.count > b.coders.count }
        return a.answerID < b.answerID
    }

    mutating func offer(_ item: EvidenceItem) {
        if let same = items.firstIndex(where: { $0.source == item.source }) {
            guard Self.isStronger(item, than: items[same]) else { return }
            items.remove(at: same)
        } else if items.count == Self.limit {
            guard let weakest = items.last, Self.isStronger(item, than: weakest) else { return }
            items.removeLast()
        }
        let position = items.firstIndex { Self.isStronger(item, than: $0) } ?? items.count
        items.insert(item, at: position)
    }
}
