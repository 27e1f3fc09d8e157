import EvalKitCore
public import EvalKitInstruments
public import EvalKitStore

/// Turns a project's coded segments into ratings, reading the store once, a batch at a time:
/// reconcile coders per answer, link each counted code to its criteria and evaluation
/// questions, tally per unit, rate by the rubric, suppress small cells, attach judgements
/// and the strongest quotes. The method is docs/scoring.md.
public struct Scorer: Sendable {
    public let project: Project
    public let framework: Framework
    public let codebook: Codebook
    public let rubric: Rubric
    public let links: CodeLinks
    /// Applied to every quote before it leaves scoring (redaction of names and places).
    public var quoteFilter: @Sendable (String) -> String = { $0 }
    /// The longest quote, in characters; longer ones are cut at a word with "…".
    public var quoteLength = 280

    /// - Throws: `MissingProjectPart` when the project has no framework, codebook or rubric.
    public init(project: Project) throws(MissingProjectPart) {
        let framework = try project.requireFramework()
        let codebook = try project.requireCodebook()
        let rubric = try project.requireRubric()
        self.project = project
        self.framework = framework
        self.codebook = codebook
        self.rubric = rubric
        self.links = CodeLinks(codebook: codebook, framework: framework)
    }

    /// Scores everything in `store`; `progress` hears how many coded answers have been read.
    public func score(_ store: ProjectStore, progress: ((Int) -> Void)? = nil) throws -> ScoreSheet {
        var pass = ScoringPass(scorer: self)
        pass.statistics = try forEachItem(in: store, progress: progress) { pass.add($0) }
        return try pass.sheet(quotes: QuoteReader(store: store, filter: quoteFilter, length: quoteLength))
    }

    /// Calls `body` with every evidence item, in answer order.
    /// - Returns: what was read.
    @discardableResult
    public func forEachItem(
        in store: ProjectStore, progress: ((Int) -> Void)? = nil, _ body: (EvidenceItem) throws -> Void
    ) throws -> ScoreSheet.Statistics {
        var counts = ScoreSheet.Statistics()
        let reconciler = Reconciler(rubric.reconciliation)
        let fields = rubric.dimensions.compactMap { dimension -> String? in
            switch dimension {
            case .field(let id), .ageBand(let id, _): id
            case .site, .respondentGroup: nil
            }
        }
        try store.forEachEvidenceAnswer(coders: rubric.reconciliation.coders, profileFields: fields) { answer in
            counts.answers += 1
            counts.segments += answer.segments.count
            progress?(counts.answers)
            for agreed in reconciler.reconcile(answer.segments) {
                guard let link = links[agreed.codeID] else {
                    counts.unknownCodeSegments += answer.segments.filter { $0.codeID == agreed.codeID }.count
                    continue
                }
                counts.evidenceItems += 1
                if link.criteria.isEmpty { counts.unlinkedItems += 1 }
                try body(item(answer, agreed, link))
            }
        }
        return counts
    }

    private func item(_ answer: EvidenceAnswer, _ agreed: Reconciler.Agreed, _ link: CodeLinks.Entry) -> EvidenceItem {
        let group = answer.respondentGroup
        return EvidenceItem(
            answerID: answer.answerID, sessionID: answer.sessionID, codeID: agreed.codeID, valence: link.valence,
            weight: link.weight, coders: agreed.coders, range: agreed.range,
            source: answer.respondentCode ?? "group:\(answer.sessionID)", siteID: answer.siteID,
            scope: answer.unitID.map(UnitScope.unit) ?? .unattributed, group: group,
            topGroup: framework.respondentGroup(group)?.parent ?? group, profile: answer.profile)
    }
}
