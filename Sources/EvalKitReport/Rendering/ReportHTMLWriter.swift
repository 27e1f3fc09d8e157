import EvalKitCoding
import EvalKitInstruments
public import Foundation

/// Writes a `ReportContent` as one self-contained HTML5 file: inline CSS and SVG, no script,
/// no outside resource; headings in order, table headers with scope, text alternatives for
/// charts; A4 pages in print with each chapter on a new page. See docs/report.md.
public struct ReportHTMLWriter {
    public init() {}

    public func data(_ report: ReportContent) -> Data {
        var writer = Writer(report: report)
        writer.document()
        return Data(writer.html.output.utf8)
    }

    struct Writer {
        let report: ReportContent
        let labels: ReportLabels
        var html = HTMLText()

        init(report: ReportContent) {
            self.report = report
            self.labels = ReportLabels(language: report.language)
        }

        mutating func document() {
            html.raw("<!DOCTYPE html>\n")
            html.open("html", [("lang", report.language)])
            html.raw("\n<head>\n<meta charset=\"utf-8\">\n")
            html.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            html.element("title", "\(report.title) — \(labels[.report])")
            html.raw("<style>\n\(ReportStyle.css)\n</style>\n</head>\n<body>\n")
            header()
            checks()
            contents()
            html.raw("<main>\n")
            for (id, title) in ReportOutline.chapters(labels) { chapter(id, title) }
            annexes()
            html.raw("</main>\n</body>\n</html>\n")
        }

        private mutating func header() {
            html.raw("<header>\n")
            html.element("p", labels[.report], [("class", "kicker")])
            html.element("h1", report.title)
            html.element(
                "p",
                labels.format(.framework, report.frameworkID, report.frameworkVersion) + " · "
                    + labels.format(.generated, labels.date(report.date)), [("class", "meta")])
            html.raw("</header>\n")
        }

        /// Only a draft has checks: `--final` writes nothing while any remain.
        private mutating func checks() {
            guard !report.checks.isEmpty else { return }
            html.open("aside", [("class", "checks"), ("aria-labelledby", "checks")])
            html.raw("\n")
            html.element("h2", labels[.analystChecks], [("id", "checks")])
            html.element("p", labels[.analystChecksIntro])
            html.raw("<ul>\n")
            for check in report.checks { html.element("li", check) }
            html.raw("</ul>\n</aside>\n")
        }

        private mutating func contents() {
            html.open("nav", [("aria-labelledby", "toc")])
            html.raw("\n")
            html.element("h2", labels[.contents], [("id", "toc")])
            html.raw("<ol>\n")
            for (id, title) in ReportOutline.chapters(labels) + [("annexes", labels[.annexes])] {
                html.open("li")
                html.element("a", title, [("href", "#\(id)")])
                html.close("li")
            }
            html.raw("</ol>\n</nav>\n")
        }

        private mutating func chapter(_ id: String, _ title: String) {
            html.open("section", [("id", id), ("class", "chapter"), ("aria-labelledby", "\(id)-title")])
            html.raw("\n")
            html.element("h2", title, [("id", "\(id)-title")])
            let blocks = Narrative.SectionID(rawValue: id).map { report.blocks($0) } ?? []
            if blocks.isEmpty && id != "results" {
                html.element("p", labels[.notWritten], [("class", "note")])
            }
            for block in blocks { self.block(block) }
            switch id {
            case "methodology": methodology()
            case "results": results()
            default: break
            }
            html.raw("</section>\n")
        }

        /// Narrative headings are h3: they sit inside a chapter's h2.
        private mutating func block(_ block: Narrative.Block) {
            switch block {
            case .heading(let text): html.element("h3", text)
            case .paragraph(let runs):
                html.open("p")
                inline(runs)
                html.raw("</p>\n")
            case .list(let items):
                html.raw("<ul>\n")
                for item in items {
                    html.open("li")
                    inline(item)
                    html.raw("</li>\n")
                }
                html.raw("</ul>\n")
            }
        }

        private mutating func inline(_ runs: [Narrative.Inline]) {
            for run in runs {
                switch run {
                case .text(let text): html.text(text)
                case .emphasis(let text):
                    html.open("em")
                    html.text(text)
                    html.close("em")
                }
            }
        }

        mutating func headerRow(_ cells: [(String, Bool)]) {
            html.raw("<thead><tr>")
            for (text, numeric) in cells {
                html.open("th", numeric ? [("scope", "col"), ("class", "num")] : [("scope", "col")])
                html.text(text)
                html.close("th")
            }
            html.raw("</tr></thead>\n")
        }

        /// A body row whose first cell heads the row.
        mutating func bodyRow(_ head: String, _ cells: [String], numeric: Bool = true, total: Bool = false) {
            html.open("tr", total ? [("class", "total")] : [])
            html.open("th", [("scope", "row")])
            html.text(head)
            html.close("th")
            for cell in cells {
                html.open("td", numeric ? [("class", "num")] : [])
                html.text(cell)
                html.close("td")
            }
            html.raw("</tr>\n")
        }

        private mutating func methodology() {
            html.element("h3", labels[.participants], [("id", "participants")])
            html.raw("<table>\n")
            html.element("caption", labels[.participants], [("class", "repeat")])
            headerRow([
                (labels[.site], false), (labels[.group], false), (labels[.interviews], true), (labels[.fgds], true),
                (labels[.fgdParticipants], true), (labels[.total], true),
            ])
            html.raw("<tbody>\n")
            for row in report.participants.rows {
                html.open("tr")
                html.open("th", [("scope", "row")])
                html.text(row.siteName)
                html.close("th")
                html.element("td", row.groupName)
                for value in [row.interviewParticipants, row.fgds, row.fgdParticipants, row.participants] {
                    html.element("td", "\(value)", [("class", "num")])
                }
                html.raw("</tr>\n")
            }
            let total = report.participants.total
            html.raw("<tr class=\"total\"><th scope=\"row\" colspan=\"2\">\(HTMLText.escape(labels[.total]))</th>")
            for value in [total.interviewParticipants, total.fgds, total.fgdParticipants, total.participants] {
                html.element("td", "\(value)", [("class", "num")])
            }
            html.raw("</tr>\n</tbody>\n</table>\n")
            html.element("p", labels[.participantsNote], [("class", "note")])
            if total.importedSessions > 0 {
                html.element("p", labels.format(.importedNote, "\(total.importedSessions)"), [("class", "note")])
            }
            fieldwork()
            agreement()
            html.element("h3", labels[.codeFrequencies], [("id", "code-frequencies")])
            codeFrequencyChart()
        }

        private mutating func fieldwork() {
            html.element("h3", labels[.fieldwork], [("id", "fieldwork")])
            html.raw("<table>\n")
            html.element("caption", labels[.fieldwork], [("class", "repeat")])
            let interviews = labels[.interviews]
            let fgd = labels[.fgdParticipants]
            headerRow([
                (labels[.site], false), (labels[.group], false), ("\(interviews): \(labels[.planned])", true),
                ("\(interviews): \(labels[.achieved])", true), ("\(interviews): \(labels[.gap])", true),
                ("\(fgd): \(labels[.planned])", true), ("\(fgd): \(labels[.achieved])", true),
                ("\(fgd): \(labels[.gap])", true),
            ])
            html.raw("<tbody>\n")
            for row in report.fieldwork.rows {
                html.open("tr")
                html.open("th", [("scope", "row")])
                html.text(row.siteName)
                html.close("th")
                html.element("td", row.groupName)
                for (value, isGap) in [
                    (row.plannedInterviews, false), (row.achievedInterviews, false), (row.interviewGap, true),
                    (row.plannedFGDParticipants, false), (row.achievedFGDParticipants, false),
                    (row.fgdParticipantGap, true),
                ] {
                    let text = isGap && value > 0 ? "+\(value)" : isGap && value < 0 ? "−\(-value)" : "\(value)"
                    html.element("td", text, [("class", isGap && value < 0 ? "num negative" : "num")])
                }
                html.raw("</tr>\n")
            }
            html.raw("</tbody>\n</table>\n")
        }

        private mutating func agreement() {
            html.element("h3", labels[.agreement], [("id", "agreement")])
            let summary = report.agreement
            guard let overall = summary.overall else {
                html.element("p", labels[.oneCoder])
                return
            }
            html.element(
                "p", labels.format(.agreementIntro, summary.coders.joined(separator: ", "), "\(overall.units)"))
            html.raw("<table>\n")
            html.element("caption", labels[.agreement], [("class", "repeat")])
            headerRow([
                (labels[.code], false), (labels[.answersCoded], true), (labels[.percentAgreement], true),
                (labels[.cohensKappa], true), (labels[.fleissKappa], true), (labels[.krippendorffAlpha], true),
            ])
            html.raw("<tbody>\n")
            for row in summary.codes {
                bodyRow(row.name, ["\(row.answersCoded)"] + statistics(row.agreement))
            }
            bodyRow(labels[.overall], ["\(overall.units)"] + statistics(overall), total: true)
            html.raw("</tbody>\n</table>\n")
        }

        func statistics(_ result: AgreementResult) -> [String] {
            [result.percentAgreement.map { labels.number($0 * 100, places: 1) + "%" } ?? "–"]
                + [result.cohensKappa, result.fleissKappa, result.krippendorffAlpha].map {
                    $0.map { labels.number($0, places: 2) } ?? "–"
                }
        }
    }
}
