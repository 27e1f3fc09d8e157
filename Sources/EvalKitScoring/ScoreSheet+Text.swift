import EvalKitCore
import EvalKitInstruments
import Foundation

extension ScoreSheet {
    /// The unit × criterion matrix (or the per-question roll-up) as a terminal table, with a
    /// note on how hidden counts are marked.
    public func matrixText(labels: ScoreLabels, questions: Bool = false) -> String {
        let cells = questions ? questionCells : criterionCells
        var rows = [
            [
                "Unit", questions ? "Question" : "Criterion", "Computed", "Judged", "Confidence", "+", "−", "desc.",
                "Resp.", "Groups", "Balance",
            ]
        ]
        for cell in cells {
            let counts = countsText(cell)
            rows.append(
                [
                    labels.scope(cell.scope), questions ? cell.target.id : labels.target(cell.target),
                    labels.rating(cell.computed.ratingID), cell.judgement.map { labels.rating($0.rating) } ?? "",
                    cell.confidence?.rawValue ?? "",
                ] + counts)
        }
        return TextTable.render(rows) + "\n" + legend + "\n"
    }

    private func countsText(_ cell: CellScore) -> [String] {
        switch cell.suppression {
        case .small: return Array(repeating: "<\(minimumCellSize)", count: 6)
        case .complementary: return Array(repeating: "*", count: 6)
        case .shown:
            return [
                String(cell.positive), String(cell.negative), String(cell.descriptive), String(cell.respondents),
                String(cell.respondentGroups), cell.balance.map(Self.signed) ?? "",
            ]
        }
    }

    /// One breakdown: a row per value, a column per criterion with respondents and balance.
    public func breakdownText(_ table: DisaggregationTable, labels: ScoreLabels) -> String {
        var rows = [[""] + table.criteria.map { labels.target(.criterion($0)) }]
        for row in table.rows + [table.total] {
            let name = row.value == "total" ? "Total" : labels.value(row.value, of: table.dimension)
            rows.append([name] + table.criteria.map { criterion in row.cells[criterion].map(cellText) ?? "" })
        }
        return "\(labels.scope(table.scope)), by \(table.dimension): respondents (balance)\n" + TextTable.render(rows)
            + "\n" + legend + "\n"
    }

    private func cellText(_ cell: DisaggregationTable.Cell) -> String {
        switch cell.suppression {
        case .small: "<\(minimumCellSize)"
        case .complementary: "*"
        case .shown: cell.balance.map { "\(cell.respondents) (\(Self.signed($0)))" } ?? String(cell.respondents)
        }
    }

    var legend: String {
        "<\(minimumCellSize): fewer than \(minimumCellSize) respondents, not shown. "
            + "*: hidden so that a '<\(minimumCellSize)' cell cannot be worked out from a total."
    }

    /// "2", "1.75": a score or weight without trailing zeros.
    public static func plain(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.2f", rounded)
    }

    /// "+0.20", "−0.14", "0.00".
    static func signed(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        let text = String(format: "%.2f", abs(rounded))
        return rounded > 0 ? "+" + text : rounded < 0 ? "−" + text : text
    }
}
