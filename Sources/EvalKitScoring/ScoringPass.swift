import EvalKitInstruments

/// The tallies of one scoring run, and how they become a `ScoreSheet`.
struct ScoringPass {
    let scorer: Scorer
    var statistics = ScoreSheet.Statistics()
    private var criterionTallies: [UnitScope: [String: CellTally]] = [:]
    private var questionTallies: [UnitScope: [String: CellTally]] = [:]
    /// scope → dimension → value → criterion → tally.
    private var breakdowns: [UnitScope: [String: [String: [String: CellTally]]]] = [:]

    init(scorer: Scorer) {
        self.scorer = scorer
    }

    mutating func add(_ item: EvidenceItem) {
        guard let link = scorer.links[item.codeID] else { return }
        for scope in [item.scope, .all] {
            for criterion in link.criteria {
                criterionTallies[scope, default: [:]][criterion, default: .init()].add(item)
            }
            for question in link.questions {
                questionTallies[scope, default: [:]][question, default: .init()].add(item)
            }
            guard item.valence != .descriptive else { continue }
            for dimension in scorer.rubric.dimensions {
                let value = dimension.value(of: item)
                for criterion in link.criteria {
                    breakdowns[scope, default: [:]][dimension.id, default: [:]][value, default: [:]][
                        criterion, default: .init()
                    ].addCounts(item)
                }
            }
        }
    }

    func sheet(quotes: QuoteReader) throws -> ScoreSheet {
        let framework = scorer.framework
        var scopes = framework.units.map { UnitScope.unit($0.id) }
        if criterionTallies[.unattributed] != nil || questionTallies[.unattributed] != nil {
            scopes.append(.unattributed)
        }
        scopes.append(.all)
        let criteria = framework.criteria.map(\.id)
        let questions = framework.evaluationQuestions.map(\.id)
        let rows = scorer.rubric.dimensions.map { rowValues($0) }
        var criterionStates: [String: [Suppression]] = [:]
        var tableStates: [String: [[[Suppression]]]] = [:]
        for criterion in criteria {
            let plan = suppressionPlan(criterion, scopes, rows)
            criterionStates[criterion] = plan.margin
            tableStates[criterion] = plan.tables
        }
        var questionStates: [String: [Suppression]] = [:]
        for question in questions {
            let counts = scopes.map { questionTallies[$0]?[question]?.respondents.count ?? 0 }
            let margin = SmallCellSuppression.Line(cells: Array(counts.indices.dropLast()), total: counts.count - 1)
            questionStates[question] = suppression.suppress(counts, lines: [margin])
        }
        var quoteReader = quotes
        var criterionCells: [CellScore] = []
        var questionCells: [CellScore] = []
        for (index, scope) in scopes.enumerated() {
            var scopeQuestions: [String: CellScore] = [:]
            for question in questions {
                let tally = questionTallies[scope]?[question] ?? CellTally()
                let state = questionStates[question]?[index] ?? .shown
                let cell = try scorer.cell(scope, .evaluationQuestion(question), tally, state) {
                    try quoteReader.quotes($0)
                }
                scopeQuestions[question] = cell
                questionCells.append(cell)
            }
            for criterion in framework.criteria {
                let tally = criterionTallies[scope]?[criterion.id] ?? CellTally()
                let state = criterionStates[criterion.id]?[index] ?? .shown
                let own = criterion.evaluationQuestions.compactMap { scopeQuestions[$0.id] }
                criterionCells.append(
                    try scorer.cell(scope, .criterion(criterion.id), tally, state, questions: own) {
                        try quoteReader.quotes($0)
                    })
            }
        }
        return ScoreSheet(
            rubricID: scorer.rubric.id, reconciliation: scorer.rubric.reconciliation,
            minimumCellSize: scorer.rubric.minimumCellSize, scopes: scopes, criteria: criteria, questions: questions,
            criterionCells: criterionCells, questionCells: questionCells,
            disaggregation: tables(scopes, criteria, rows, criterionStates, tableStates), statistics: statistics)
    }

    private var suppression: SmallCellSuppression {
        SmallCellSuppression(minimumCellSize: scorer.rubric.minimumCellSize)
    }

    /// The rows of a dimension's tables: every value met in any scope, in the framework's or
    /// guides' order, then values no guide lists, then "not recorded" and group answers.
    private func rowValues(_ dimension: Rubric.Dimension) -> [String] {
        var found: Set<String> = []
        for scope in breakdowns.values { if let keys = scope[dimension.id]?.keys { found.formUnion(keys) } }
        var values = dimension.orderedValues(project: scorer.project).filter { found.contains($0) }
        values += found.filter { !values.contains($0) && !Self.specialValues.contains($0) }.sorted()
        return values + Self.specialValues.filter { found.contains($0) }
    }

    /// For one criterion: the state of each scope's cell, and of each breakdown table's cells
    /// (dimension → scope → row, the last row being the total), suppressed together because
    /// their counts add up across one another.
    private func suppressionPlan(
        _ criterion: String, _ scopes: [UnitScope], _ rows: [[String]]
    ) -> (margin: [Suppression], tables: [[[Suppression]]]) {
        var counts = scopes.map { criterionTallies[$0]?[criterion]?.respondents.count ?? 0 }
        let margin = Array(counts.indices)
        var lines = [SmallCellSuppression.Line(cells: Array(margin.dropLast()), total: margin[margin.count - 1])]
        var grids: [[[Int]]] = []
        for (dimension, values) in zip(scorer.rubric.dimensions, rows) {
            var grid: [[Int]] = []
            for scope in scopes {
                grid.append(
                    values.map { value in
                        counts.append(breakdowns[scope]?[dimension.id]?[value]?[criterion]?.respondents.count ?? 0)
                        return counts.count - 1
                    })
            }
            for (index, row) in grid.enumerated() { lines.append(.init(cells: row, total: margin[index])) }
            for column in values.indices {
                let parts = grid.map { $0[column] }
                lines.append(.init(cells: Array(parts.dropLast()), total: parts[parts.count - 1]))
            }
            grids.append(grid)
        }
        let states = suppression.suppress(counts, lines: lines)
        let tables = grids.map { grid in
            grid.enumerated().map { scopeIndex, row in row.map { states[$0] } + [states[margin[scopeIndex]]] }
        }
        return (margin.map { states[$0] }, tables)
    }

    private func tables(
        _ scopes: [UnitScope], _ criteria: [String], _ rows: [[String]], _ margins: [String: [Suppression]],
        _ states: [String: [[[Suppression]]]]
    ) -> [DisaggregationTable] {
        var tables: [DisaggregationTable] = []
        for (scopeIndex, scope) in scopes.enumerated() {
            for (dimensionIndex, dimension) in scorer.rubric.dimensions.enumerated() {
                let values = rows[dimensionIndex]
                let found = breakdowns[scope]?[dimension.id] ?? [:]
                var tableRows = values.map { DisaggregationTable.Row(value: $0, cells: [:]) }
                var total = DisaggregationTable.Row(value: "total", cells: [:])
                for criterion in criteria {
                    let row = states[criterion]?[dimensionIndex][scopeIndex] ?? []
                    for (index, value) in values.enumerated() {
                        tableRows[index].cells[criterion] = Self.cell(
                            found[value]?[criterion] ?? CellTally(), index < row.count ? row[index] : .shown)
                    }
                    total.cells[criterion] = Self.cell(
                        criterionTallies[scope]?[criterion] ?? CellTally(), margins[criterion]?[scopeIndex] ?? .shown)
                }
                tables.append(
                    DisaggregationTable(
                        scope: scope, dimension: dimension.id, criteria: criteria, rows: tableRows, total: total))
            }
        }
        return tables
    }

    private static let specialValues = [DisaggregationTable.notRecorded, DisaggregationTable.groupAnswer]

    private static func cell(_ tally: CellTally, _ suppression: Suppression) -> DisaggregationTable.Cell {
        DisaggregationTable.Cell(
            respondents: tally.respondents.count, positive: tally.positive, negative: tally.negative,
            balance: tally.balance, suppression: suppression)
    }
}
