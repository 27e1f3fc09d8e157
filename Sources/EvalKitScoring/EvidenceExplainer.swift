public import EvalKitInstruments
public import EvalKitStore

/// The evidence behind one cell, item by item with its quote, streamed from the store. For
/// the analysis team: entries carry answer and session ids so a rating can be traced.
public struct EvidenceExplainer: Sendable {
    public struct Entry: Sendable, Encodable, Equatable {
        public var answerID: Int64
        public var sessionID: String
        public var codeID: String
        public var valence: Valence
        public var weight: Double
        public var coders: [String]
        public var group: String
        public var site: String
        public var quote: String
    }

    public let scorer: Scorer
    public let store: ProjectStore

    public init(scorer: Scorer, store: ProjectStore) {
        self.scorer = scorer
        self.store = store
    }

    /// Calls `body` with each item that counts for `target` in `scope`, in answer order, and
    /// tallies them in the same pass.
    /// - Returns: the cell those items make, unsuppressed and without quotes: the team sees
    ///   what it is explaining.
    @discardableResult
    public func forEachEntry(
        scope: UnitScope, target: Judgement.Target, _ body: (Entry) throws -> Void
    ) throws -> CellScore {
        var quotes = QuoteReader(store: store, filter: scorer.quoteFilter, length: Int.max)
        var tally = CellTally()
        try scorer.forEachItem(in: store) { item in
            guard scope == .all || item.scope == scope, let link = scorer.links[item.codeID] else { return }
            let linked =
                switch target {
                case .criterion(let id): link.criteria.contains(id)
                case .evaluationQuestion(let id): link.questions.contains(id)
                }
            guard linked else { return }
            tally.add(item)
            try body(
                Entry(
                    answerID: item.answerID, sessionID: item.sessionID, codeID: item.codeID, valence: item.valence,
                    weight: item.weight, coders: item.coders, group: item.topGroup, site: item.siteID,
                    quote: try quotes.text(item)))
        }
        // A small cell is never rated, here as in the matrix; its counts are still shown.
        let small = SmallCellSuppression(minimumCellSize: scorer.rubric.minimumCellSize)
        return try scorer.cell(scope, target, tally, small.isSmall(tally.respondents.count) ? .small : .shown) { _ in
            []
        }
    }

    /// Said before the entries: they point at individual answers.
    public static let warning = "For the analysis team only: this list points at individual answers; never publish it."

    /// The cell's outcome and counts, unsuppressed: the team sees what it is explaining.
    public static func summary(_ cell: CellScore, labels: ScoreLabels) -> String {
        var lines = ["\(labels.scope(cell.scope)) × \(labels.target(cell.target))"]
        var computed = "Computed: \(labels.rating(cell.computed.ratingID))"
        if let balance = cell.balance { computed += ", balance \(ScoreSheet.signed(balance))" }
        if let confidence = cell.confidence { computed += ", \(confidence.rawValue) confidence" }
        if case .insufficientEvidence(let reasons) = cell.computed, !reasons.isEmpty {
            computed += " (\(reasons.joined(separator: "; ")))"
        }
        lines.append(computed)
        if let judgement = cell.judgement {
            lines.append(
                "Judged: \(labels.rating(judgement.rating)) by \(judgement.analyst) on \(judgement.date): "
                    + judgement.justification.text(in: labels.language))
        }
        lines.append(
            "Evidence: \(cell.positive) positive, \(cell.negative) negative, \(cell.descriptive) descriptive, from "
                + "\(Rubric.count(cell.respondents, "respondent")) in \(Rubric.count(cell.respondentGroups, "group")) "
                + "at \(Rubric.count(cell.sites, "site")).")
        return lines.joined(separator: "\n") + "\n"
    }

    /// One entry as two lines: its facts, then the quote.
    public static func line(_ entry: Entry, labels: ScoreLabels) -> String {
        let sign =
            switch entry.valence {
            case .positive: "+"
            case .negative: "−"
            case .descriptive: "·"
            }
        let weight = entry.weight == entry.weight.rounded() ? String(Int(entry.weight)) : String(entry.weight)
        return "\(sign) \(entry.codeID) (weight \(weight); \(entry.coders.joined(separator: ", "))) · "
            + "\(labels.group(entry.group)), \(labels.site(entry.site)) · answer \(entry.answerID), session "
            + "\(entry.sessionID)\n    “\(entry.quote)”"
    }
}
