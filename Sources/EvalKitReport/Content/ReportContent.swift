public import EvalKitInstruments

/// Everything the report shows, in one language, built by `ReportBuilder` and written by the
/// XML and HTML writers. It holds no respondent code, answer id or session id: quotes carry a
/// group and a site only, and suppressed counts are left out.
public struct ReportContent: Sendable {
    public var language: String
    public var title: String
    public var frameworkID: String
    public var frameworkVersion: String
    /// `YYYY-MM-DD`.
    public var date: String
    /// The written chapters in outline order; a missing chapter has no blocks.
    public var narrative: [(id: Narrative.SectionID, blocks: [Narrative.Block])]
    public var participants: ParticipantsTable
    public var fieldwork: FieldworkTable
    public var criteria: [(id: String, name: String)]
    public var questions: [QuestionRow]
    /// Units of evaluation, then the national level when it has evidence, then all evidence.
    public var results: [UnitResults]
    public var disaggregation: [DisaggregationView]
    public var minimumCellSize: Int
    public var agreement: AgreementSummary
    public var codeFrequencies: [CodeFrequency]
    public var annexes: Annexes
    /// What an analyst must resolve before the report is final: clashes between ratings and
    /// conclusions, texts without a translation. Shown in the HTML draft; `--final` refuses.
    public var checks: [String] = []

    public func blocks(_ id: Narrative.SectionID) -> [Narrative.Block] {
        narrative.first { $0.id == id }?.blocks ?? []
    }
}
