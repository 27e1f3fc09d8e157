import EvalKitInstruments
import EvalKitScoring

extension ReportBuilder {
    func questionRows() -> [QuestionRow] {
        framework.criteria.flatMap { criterion in
            criterion.evaluationQuestions.map {
                QuestionRow(
                    id: $0.id, criterion: criterion.id, criterionName: text(criterion.name), text: text($0.text))
            }
        }
    }

    /// Per scope of the score sheet: numbered findings (numbering runs on across units), the
    /// ratings by criterion and the answers per evaluation question.
    func results(_ sheet: ScoreSheet) -> [UnitResults] {
        var number = 0
        var quoted: Set<String> = []
        return sheet.scopes.map { scope in
            var findings: [ReportFinding] = []
            if case .unit(let unit) = scope {
                for finding in project.findings where finding.unit == unit {
                    number += 1
                    findings.append(reportFinding(finding, number: number, sheet: sheet, quoted: &quoted))
                }
            }
            let ratings = framework.criteria.compactMap { criterion in
                sheet.cell(scope, criterion: criterion.id).map { ratingCell($0, criterion: criterion.id) }
            }
            let answers = framework.criteria.flatMap { criterion in
                criterion.evaluationQuestions.compactMap { question in
                    sheet.cell(scope, question: question.id).map { ratingCell($0, criterion: criterion.id) }
                }
            }
            return UnitResults(
                scope: scope.id, name: scopeName(scope), description: unitDescription(scope), findings: findings,
                ratings: ratings, answers: answers)
        }
    }

    func scopeName(_ scope: UnitScope) -> String {
        switch scope {
        case .unit(let id): framework.units.first { $0.id == id }.map { text($0.name) } ?? id
        case .unattributed: labels[.unattributed]
        case .all: labels[.allEvidence]
        }
    }

    private func unitDescription(_ scope: UnitScope) -> String? {
        guard case .unit(let id) = scope else { return nil }
        return framework.units.first { $0.id == id }?.description.map(text)
    }

    /// Quotes of the finding's unit, criterion and questions whose code the finding names: the
    /// finding's first code first (analysts list the main one first), strongest first within a
    /// code as scoring ranked them; no text twice in the report (`quoted` holds those used).
    private func reportFinding(
        _ finding: Finding, number: Int, sheet: ScoreSheet, quoted: inout Set<String>
    ) -> ReportFinding {
        let scope = UnitScope.unit(finding.unit)
        var cells = [sheet.cell(scope, criterion: finding.criterion)]
        cells += finding.evaluationQuestions.map { sheet.cell(scope, question: $0) }
        let candidates = cells.compactMap { $0 }.filter { $0.suppression == .shown }
            .flatMap { $0.positiveQuotes + $0.negativeQuotes }
        var quotes: [ReportFinding.Quote] = []
        for code in finding.codes {
            for quote in candidates where quote.codeID == code {
                guard quotes.count < quotesPerFinding, !quoted.contains(quote.text) else { continue }
                quoted.insert(quote.text)
                quotes.append(
                    ReportFinding.Quote(
                        text: quote.text, groupName: groupName(quote.group), siteName: siteName(quote.site)))
            }
        }
        return ReportFinding(
            number: number, id: finding.id, criterion: finding.criterion,
            criterionName: criterionName(finding.criterion),
            evaluationQuestions: finding.evaluationQuestions, codes: finding.codes, title: text(finding.title),
            statement: text(finding.statement), conclusion: text(finding.conclusion), quotes: quotes)
    }

    private func ratingCell(_ cell: CellScore, criterion: String) -> RatingCell {
        var reasons: [String] = []
        if case .insufficientEvidence(let why) = cell.computed { reasons = why.map { $0.text(in: language) } }
        let confidence: String? =
            switch cell.confidence {
            case .low: labels[.confidenceLow]
            case .medium: labels[.confidenceMedium]
            case .high: labels[.confidenceHigh]
            case nil: nil
            }
        return RatingCell(
            target: cell.target.id, criterion: criterion, criterionName: criterionName(criterion),
            computed: cell.computed.ratingID,
            computedName: ratingName(cell.computed.ratingID), computedRank: rank(cell.computed.ratingID),
            reasons: reasons, confidence: confidence, judged: cell.judgement?.rating,
            judgedName: cell.judgement.map { ratingName($0.rating) },
            judgedRank: cell.judgement.flatMap { rank($0.rating) },
            justification: cell.judgement.map { text($0.justification) })
    }

    func ratingName(_ id: String) -> String {
        if id == Judgement.insufficientEvidence { return labels[.insufficientEvidence] }
        return rubric.levelName(id).map { text($0) } ?? id
    }

    private func rank(_ id: String) -> Int? { rubric.rank(of: id) }

    /// The score sheet's breakdowns with names for rows and markers for suppressed cells.
    func disaggregation(_ sheet: ScoreSheet) -> [DisaggregationView] {
        let criteria = framework.criteria.map { (id: $0.id, name: text($0.name)) }
        return sheet.disaggregation.map { table in
            func row(_ row: DisaggregationTable.Row, label: String) -> DisaggregationView.Row {
                DisaggregationView.Row(
                    value: row.value, label: label,
                    cells: table.criteria.map { criterion in
                        let cell = row.cells[criterion]
                        switch cell?.suppression ?? .shown {
                        case .shown:
                            return .init(
                                criterion: criterion, state: .shown, respondents: cell?.respondents ?? 0,
                                balance: cell?.balance)
                        case .small: return .init(criterion: criterion, state: .small)
                        case .complementary: return .init(criterion: criterion, state: .complementary)
                        }
                    })
            }
            return DisaggregationView(
                scope: table.scope.id, scopeName: scopeName(table.scope), dimension: table.dimension,
                dimensionName: dimensionName(table.dimension), criteria: criteria,
                rows: table.rows.map { row($0, label: valueLabel($0.value, dimension: table.dimension)) },
                total: row(table.total, label: labels[.total]))
        }
    }

    private func dimensionName(_ id: String) -> String {
        switch id {
        case "site": return labels[.site]
        case "group": return labels[.group]
        default:
            return project.instruments.lazy.compactMap { $0.profileField(id) }.first.map { text($0.label) } ?? id
        }
    }

    private func valueLabel(_ value: String, dimension: String) -> String {
        switch value {
        case DisaggregationTable.notRecorded: return labels[.notRecorded]
        case DisaggregationTable.groupAnswer: return labels[.groupAnswers]
        default: break
        }
        switch dimension {
        case "site": return siteName(value)
        case "group": return groupName(value)
        default:
            for case .ageBand(let field, let bands) in rubric.dimensions where field == dimension {
                if let band = bands.first(where: { $0.label == value }) { return band.label(in: language) }
            }
            for field in project.instruments.compactMap({ $0.profileField(dimension) }) {
                switch field.kind {
                case .singleChoice(let options), .multipleChoice(let options):
                    if let option = options.first(where: { $0.value == value }) { return text(option.label) }
                default: continue
                }
            }
            return value
        }
    }
}
