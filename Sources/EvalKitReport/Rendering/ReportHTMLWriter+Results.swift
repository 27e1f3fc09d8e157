extension ReportHTMLWriter.Writer {
    /// Chapter 6: per unit its numbered findings and summarised conclusions; then the rating
    /// matrix, the answers to the evaluation questions and the breakdowns.
    mutating func results() {
        for unit in report.results where !unit.findings.isEmpty || unit.scope != "all" && unit.scope != "unattributed" {
            html.element("h3", labels.format(.findingsOf, unit.name), [("id", "results-\(unit.scope)")])
            if let description = unit.description { html.element("p", description, [("class", "note")]) }
            if unit.findings.isEmpty { html.element("p", labels[.noFindings], [("class", "note")]) }
            for finding in unit.findings { self.finding(finding) }
            html.element("h4", labels.format(.summarisedConclusions, unit.name))
            ratingsTable(
                unit.ratings, head: labels[.criterion], caption: labels.format(.summarisedConclusions, unit.name))
        }
        html.element("h3", labels[.ratingMatrix], [("id", "rating-matrix")])
        ratingMatrixChart()
        ratingMatrixTable()
        html.element("h3", labels[.evaluationQuestions], [("id", "evaluation-questions")])
        questionsTable()
        html.element("h3", labels[.disaggregation], [("id", "disaggregation")])
        html.element("p", labels[.disaggregationIntro])
        for table in report.disaggregation { disaggregation(table) }
    }

    private mutating func finding(_ finding: ReportFinding) {
        html.open("article", [("class", "finding"), ("id", "finding-\(finding.number)")])
        html.raw("\n")
        html.element("h4", labels.format(.finding, "\(finding.number)", finding.criterionName) + ": " + finding.title)
        html.element("p", finding.statement)
        for quote in finding.quotes {
            html.raw("<figure class=\"quote\">\n")
            html.element("blockquote", "“\(quote.text)”")
            html.element("figcaption", "— " + labels.format(.quoteFrom, quote.groupName, quote.siteName))
            html.raw("</figure>\n")
        }
        html.open("p", [("class", "conclusion")])
        html.open("strong")
        html.text(labels.format(.conclusion, "\(finding.number)", finding.criterionName) + ". ")
        html.close("strong")
        html.text(finding.conclusion)
        html.raw("</p>\n</article>\n")
    }

    /// A rating as a coloured label, with its confidence in words.
    private mutating func rating(name: String, rank: Int?, confidence: String?) {
        let style = rank.map { "rating r\(min($0, 4))" } ?? "rating rx"
        html.element("span", name, [("class", style)])
        if let confidence { html.text(" (\(labels[.confidence].lowercased()): \(confidence))") }
    }

    private mutating func ratingsTable(_ cells: [RatingCell], head: String, caption: String) {
        html.raw("<table>\n")
        html.element("caption", caption, [("class", "repeat")])
        headerRow([(head, false), (labels[.computedRating], false), (labels[.judgement], false)])
        html.raw("<tbody>\n")
        for cell in cells {
            html.open("tr")
            html.open("th", [("scope", "row")])
            html.text(cell.target == cell.criterion ? cell.criterionName : cell.target)
            html.close("th")
            html.open("td")
            rating(name: cell.computedName, rank: cell.computedRank, confidence: cell.confidence)
            if !cell.reasons.isEmpty { html.element("div", cell.reasons.joined(separator: "; "), [("class", "note")]) }
            html.close("td")
            html.open("td")
            if let judged = cell.judgedName {
                rating(name: judged, rank: cell.judgedRank, confidence: nil)
                if let justification = cell.justification { html.element("div", justification, [("class", "note")]) }
            } else {
                html.text("–")
            }
            html.raw("</td></tr>\n")
        }
        html.raw("</tbody>\n</table>\n")
    }

    private mutating func ratingMatrixTable() {
        html.raw("<table>\n")
        html.element("caption", labels[.ratingMatrix], [("class", "repeat")])
        headerRow([(labels[.unit], false)] + report.criteria.map { ($0.name, false) })
        html.raw("<tbody>\n")
        for unit in report.results {
            html.open("tr")
            html.open("th", [("scope", "row")])
            html.text(unit.name)
            html.close("th")
            for cell in unit.ratings {
                html.open("td")
                bothRatings(cell)
                html.close("td")
            }
            html.raw("</tr>\n")
        }
        html.raw("</tbody>\n</table>\n")
    }

    /// The rating from the evidence, and under it the analysts' rating when there is one.
    private mutating func bothRatings(_ cell: RatingCell) {
        rating(name: cell.computedName, rank: cell.computedRank, confidence: cell.confidence)
        if let judged = cell.judgedName {
            html.raw("<br>")
            html.text(labels[.analystsRating] + ": ")
            rating(name: judged, rank: cell.judgedRank, confidence: nil)
        }
    }

    private mutating func questionsTable() {
        let units = report.results
        html.raw("<table>\n")
        html.element("caption", labels[.evaluationQuestions], [("class", "repeat")])
        headerRow([(labels[.question], false)] + units.map { ($0.name, false) })
        html.raw("<tbody>\n")
        for question in report.questions {
            html.open("tr")
            html.open("th", [("scope", "row")])
            html.text("\(question.id) (\(question.criterionName)): \(question.text)")
            html.close("th")
            for unit in units {
                html.open("td")
                if let cell = unit.answers.first(where: { $0.target == question.id }) { bothRatings(cell) }
                html.close("td")
            }
            html.raw("</tr>\n")
        }
        html.raw("</tbody>\n</table>\n")
    }

    /// A shown cell prints its respondents and balance; a suppressed one only its marker.
    private mutating func disaggregation(_ table: DisaggregationView) {
        html.raw("<table>\n")
        html.element("caption", "\(table.scopeName): \(table.dimensionName)")
        headerRow([(table.dimensionName, false)] + table.criteria.map { ($0.name, true) })
        html.raw("<tbody>\n")
        var marks: Set<DisaggregationView.CellState> = []
        for row in table.rows + [table.total] {
            let texts = row.cells.map { cell -> String in
                marks.insert(cell.state)
                switch cell.state {
                case .shown:
                    let balance = cell.balance.map { " (\($0 >= 0 ? "+" : "")\(labels.number($0, places: 2)))" } ?? ""
                    return "\(cell.respondents ?? 0)\(balance)"
                case .small: return "<\(report.minimumCellSize)"
                case .complementary: return "†"
                }
            }
            bodyRow(row.label, texts, total: row.value == "total" && row.label == labels[.total])
        }
        html.raw("</tbody>\n</table>\n")
        if marks.contains(.small) {
            html.element(
                "p", labels.format(.smallCell, "\(report.minimumCellSize)", "\(report.minimumCellSize)"),
                [("class", "note")])
        }
        if marks.contains(.complementary) { html.element("p", labels[.complementaryCell], [("class", "note")]) }
    }
}
