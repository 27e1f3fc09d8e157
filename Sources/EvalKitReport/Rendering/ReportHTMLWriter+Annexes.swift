extension ReportHTMLWriter.Writer {
    mutating func annexes() {
        html.raw("<section id=\"annexes\" class=\"chapter\" aria-labelledby=\"annexes-title\">\n")
        html.element("h2", labels[.annexes], [("id", "annexes-title")])
        html.element("h3", labels[.annexInstruments], [("id", "annex-guides")])
        for guide in report.annexes.guides {
            html.element("h4", guide.title)
            html.element("pre", guide.outline)
        }
        html.element("h3", labels[.annexConsent], [("id", "annex-consent")])
        for consent in report.annexes.consentScripts {
            html.element("h4", consent.title)
            for paragraph in consent.paragraphs { html.element("p", paragraph) }
            html.open("p")
            html.open("strong")
            html.text(consent.question)
            html.raw("</strong></p>\n")
            html.element("p", consent.attestation, [("class", "note")])
            html.element("p", labels.format(.guardian, "\(consent.guardianAge)") + ": " + consent.guardianQuestion)
        }
        html.element("h3", labels[.annexParticipants], [("id", "annex-participants")])
        summaryTable(report.participants.byGroup.map { ($0.groupName, $0) }, head: labels[.group])
        summaryTable(report.participants.bySite.map { ($0.siteName, $0) }, head: labels[.site])
        html.element("p", labels[.participantsNote], [("class", "note")])
        html.element("h3", labels[.annexCodebook], [("id", "annex-codebook")])
        html.raw("<table>\n")
        html.element("caption", labels[.annexCodebook], [("class", "repeat")])
        headerRow([
            (labels[.code], false), (labels[.valence], false), (labels[.use], false), (labels[.doNotUse], false),
        ])
        html.raw("<tbody>\n")
        for code in report.annexes.codebook {
            let indent = String(repeating: "  ", count: code.depth)
            bodyRow(indent + code.name, [code.valence, code.use, code.doNotUse ?? "–"], numeric: false)
        }
        html.raw("</tbody>\n</table>\n</section>\n")
    }

    private mutating func summaryTable(_ rows: [(String, ParticipantsTable.Row)], head: String) {
        html.raw("<table>\n")
        html.element("caption", head)
        headerRow([
            (head, false), (labels[.interviewParticipants], true), (labels[.fgdParticipants], true),
            (labels[.total], true),
        ])
        html.raw("<tbody>\n")
        for (name, row) in rows {
            bodyRow(name, ["\(row.interviewParticipants)", "\(row.fgdParticipants)", "\(row.participants)"])
        }
        let total = report.participants.total
        bodyRow(
            labels[.total], ["\(total.interviewParticipants)", "\(total.fgdParticipants)", "\(total.participants)"],
            total: true)
        html.raw("</tbody>\n</table>\n")
    }
}
