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
        /// For a criterion's entry: which of its evaluation questions the item is evidence for.
        public var questions: [String]
        public var quote: String
    }

    public let scorer: Scorer
    public let store: ProjectStore

    public init(scorer: Scorer, store: ProjectStore) {
        self.scorer = scorer
        self.store = store
    }

    /// The cell that `target` makes in `scope`, unsuppressed and without quotes: the team sees
    /// what it is explaining. A criterion's cell rolls up its questions' answers.
    public func cell(scope: UnitScope, target: Judgement.Target) throws -> CellScore {
        try pass(scope: scope, target: target) { _, _ in }
    }

    /// Calls `body` with each item that counts for `target` in `scope`, in answer order; an
    /// entry for a criterion names the criterion's questions it is evidence for.
    /// - Returns: the cell those items make, as `cell(scope:target:)` does.
    @discardableResult
    public func forEachEntry(
        scope: UnitScope, target: Judgement.Target, _ body: (Entry) throws -> Void
    ) throws -> CellScore {
        var quotes = QuoteReader(store: store, filter: scorer.quoteFilter, length: Int.max)
        return try pass(scope: scope, target: target) { item, questions in
            try body(
                Entry(
                    answerID: item.answerID, sessionID: item.sessionID, codeID: item.codeID, valence: item.valence,
                    weight: item.weight, coders: item.coders, group: item.topGroup, site: item.siteID,
                    questions: questions, quote: try quotes.text(item)))
        }
    }

    private func pass(
        scope: UnitScope, target: Judgement.Target, _ body: (EvidenceItem, [String]) throws -> Void
    ) throws -> CellScore {
        let own: [String] =
            switch target {
            case .criterion(let id):
                scorer.framework.criteria.first { $0.id == id }?.evaluationQuestions.map(\.id) ?? []
            case .evaluationQuestion: []
            }
        var tally = CellTally()
        var questionTallies = Array(repeating: CellTally(), count: own.count)
        try scorer.forEachItem(in: store) { item in
            guard scope == .all || item.scope == scope, let link = scorer.links[item.codeID] else { return }
            let linked =
                switch target {
                case .criterion(let id): link.criteria.contains(id)
                case .evaluationQuestion(let id): link.questions.contains(id)
                }
            guard linked else { return }
            tally.add(item)
            var questions: [String] = []
            for (index, question) in own.enumerated() where link.questions.contains(question) {
                questionTallies[index].add(item)
                questions.append(question)
            }
            try body(item, questions)
        }
        // A small cell is never rated, here as in the matrix; its counts are still shown.
        let small = SmallCellSuppression(minimumCellSize: scorer.rubric.minimumCellSize)
        func state(_ tally: CellTally) -> Suppression { small.isSmall(tally.respondents.count) ? .small : .shown }
        let questionCells = try zip(own, questionTallies).map { question, tally in
            try scorer.cell(scope, .evaluationQuestion(question), tally, state(tally)) { _ in [] }
        }
        return try scorer.cell(scope, target, tally, state(tally), questions: questionCells) { _ in [] }
    }

    /// Said before the entries: they point at individual answers.
    public static let warning = "For the analysis team only: this list points at individual answers; never publish it."

    /// The cell's outcome and counts, unsuppressed: the team sees what it is explaining.
    public static func summary(_ cell: CellScore, labels: ScoreLabels) -> String {
        var lines = ["\(labels.scope(cell.scope)) × \(labels.target(cell.target))"]
        var computed = "Computed: \(labels.rating(cell.computed.ratingID))"
        if let score = cell.score, let best = labels.rubric.answers.first?.points {
            computed += ", score \(ScoreSheet.plain(score)) of \(ScoreSheet.plain(best))"
        } else if case .evaluationQuestion = cell.target, let balance = cell.balance {
            computed += ", balance \(ScoreSheet.signed(balance))"
        }
        if let confidence = cell.confidence { computed += ", \(confidence.rawValue) confidence" }
        if case .insufficientEvidence(let reasons) = cell.computed, !reasons.isEmpty {
            computed += " (\(reasons.map { $0.text(in: labels.language) }.joined(separator: "; ")))"
        }
        lines.append(computed)
        if let judgement = cell.judgement {
            lines.append(
                "Judged: \(labels.rating(judgement.rating)) by \(judgement.analyst) on \(judgement.date): "
                    + judgement.justification.text(in: labels.language))
        }
        if case .criterion(let id) = cell.target, cell.answers.first?.question != id {
            lines.append("Questions (the answers it rolls up):")
            for answer in cell.answers {
                var text = "  \(answer.question): \(labels.rating(answer.answer ?? Judgement.insufficientEvidence))"
                if let confidence = answer.confidence { text += ", \(confidence.rawValue) confidence" }
                if answer.judged { text += ", judged" }
                if answer.weight != 1 { text += ", weight \(ScoreSheet.plain(answer.weight))" }
                lines.append(text + " · " + labels.target(.evaluationQuestion(answer.question)))
            }
        }
        lines.append(
            "Evidence: \(cell.positive) positive, \(cell.negative) negative, \(cell.descriptive) descriptive, from "
                + "\(InsufficiencyReason.count(cell.respondents, "respondent")) in \(InsufficiencyReason.count(cell.respondentGroups, "group")) "
                + "at \(InsufficiencyReason.count(cell.sites, "site")).")
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
        let questions = entry.questions.isEmpty ? "" : entry.questions.joined(separator: " ") + " · "
        return "\(sign) \(entry.codeID) (weight \(weight); \(entry.coders.joined(separator: ", "))) · \(questions)"
            + "\(labels.group(entry.group)), \(labels.site(entry.site)) · answer \(entry.answerID), session "
            + "\(entry.sessionID)\n    “\(entry.quote)”"
    }
}
