import EvalKitCoding
import EvalKitCore
public import EvalKitInstruments
import EvalKitScoring
public import EvalKitStore
import Foundation

/// Gathers what the report shows from the project files and the store, in one language:
/// scores the evidence (one streamed pass), counts participants session by session, picks the
/// quotes of each finding, and runs the agreement statistics. Builds no text of its own
/// beyond labels; the writers lay it out.
public struct ReportBuilder {
    public let project: Project
    public let framework: Framework
    public let codebook: Codebook
    public let rubric: Rubric
    public let narrative: Narrative
    public let language: String
    /// Applied to every quote before it enters the report (redaction of names and places).
    public var quoteFilter: @Sendable (String) -> String = { $0 }
    /// Hears what is being done: "scoring: 500 coded answers read". Building ends
    /// `ReportBuilder.steps` steps.
    public var progress: ((ReportProgress) -> Void)?
    /// The steps `build(from:)` reports as ended: scoring, participants, agreement.
    public static let steps = 3
    /// The report's date, `YYYY-MM-DD`; today unless set (tests fix it).
    public var date: String = ReportBuilder.today()
    /// Quotes shown per finding.
    public var quotesPerFinding = 2

    let labels: ReportLabels

    /// - Throws: `MissingProjectPart` (exit 66) when the project lacks a framework, codebook,
    ///   rubric or narrative; `ReportError` (64) for a language without labels.
    public init(project: Project, language: String = LocalizedText.fallbackLanguage) throws {
        let framework = try project.requireFramework()
        let codebook = try project.requireCodebook()
        let rubric = try project.requireRubric()
        let narrative = try project.requireNarrative()
        guard ReportLabels.languages.contains(language) else {
            throw ReportError.unsupportedLanguage(language)
        }
        self.project = project
        self.framework = framework
        self.codebook = codebook
        self.rubric = rubric
        self.narrative = narrative
        self.language = language
        self.labels = ReportLabels(language: language)
    }

    /// Reads `store` and assembles the report.
    /// - Throws: `StoreError` from reading the store.
    public func build(from store: ProjectStore) throws -> ReportContent {
        var scorer = try Scorer(project: project)
        scorer.quoteFilter = quoteFilter
        let sheet = try scorer.score(store) { answers in
            if answers % 1000 == 0 { progress?(.init("scoring: \(answers) coded answers read", endsStep: false)) }
        }
        progress?(.init("scoring: \(sheet.statistics.answers) coded answers read", endsStep: true))
        let participants = try participantsTable(store)
        progress?(
            .init(
                "participants: \(participants.total.participants) people in \(participants.rows.count) rows",
                endsStep: true))
        let agreement = try agreementSummary(store)
        progress?(.init("agreement: \(agreement.coders.count) coders compared", endsStep: true))
        var content = ReportContent(
            language: language, title: text(framework.title), frameworkID: framework.id,
            frameworkVersion: framework.version, date: date,
            narrative: Narrative.SectionID.allCases.map { ($0, narrative.section($0)?.blocks(in: language) ?? []) },
            participants: participants, fieldwork: fieldworkTable(participants),
            criteria: framework.criteria.map { ($0.id, text($0.name)) }, questions: questionRows(),
            results: results(sheet), disaggregation: disaggregation(sheet), minimumCellSize: sheet.minimumCellSize,
            agreement: agreement, codeFrequencies: try codeFrequencies(store), annexes: annexes())
        content.checks = checks(sheet)
        return content
    }

    func text(_ localized: LocalizedText) -> String { localized.text(in: language) }

    func siteName(_ id: String) -> String { framework.site(id).map { text($0.name) } ?? id }

    func groupName(_ id: String) -> String { framework.respondentGroup(id).map { text($0.name) } ?? id }

    func topGroup(_ id: String) -> String { framework.respondentGroup(id)?.parent ?? id }

    func criterionName(_ id: String) -> String {
        framework.criteria.first { $0.id == id }.map { text($0.name) } ?? id
    }

    static func today() -> String { CalendarDay.string(from: Date()) }
}
