import EvalKitInstruments
public import EvalKitXML
public import Foundation

/// Writes a `ReportContent` in the report vocabulary (Exports/report.xsd, docs/report.md).
/// Numbers that suppression hides are never written: such a cell only says `suppressed`.
public struct ReportXMLWriter {
    public init() {}

    /// The whole document. Throws only when the writer is misused (a bug).
    public func data(_ report: ReportContent) throws(XMLWriteError) -> Data {
        var data = Data()
        let writer = try XMLWriter(indent: true) { bytes in data.append(contentsOf: bytes) }
        try writer.startDocument()
        try writer.startElement("report", namespace: ReportSchema.namespace)
        try writer.attribute("xml:lang", report.language)
        try writer.attribute("framework", report.frameworkID)
        try writer.attribute("frameworkVersion", report.frameworkVersion)
        try writer.attribute("date", report.date)
        try writer.attribute("generator", "EvalKit")
        try writer.element("title", text: report.title)
        let labels = ReportLabels(language: report.language)
        for (id, title) in ReportOutline.chapters(labels) {
            try chapter(id, title: title, report, writer)
        }
        try annexes(report, writer)
        try writer.endDocument()
        return data
    }

    private func chapter(_ id: String, title: String, _ report: ReportContent, _ writer: XMLWriter)
        throws(XMLWriteError)
    {
        let blocks = Narrative.SectionID(rawValue: id).map { report.blocks($0) } ?? []
        try writer.startElement("chapter")
        try writer.attribute("id", id)
        try writer.attribute("written", blocks.isEmpty ? "false" : "true")
        try writer.element("title", text: title)
        for block in blocks { try self.block(block, writer) }
        switch id {
        case "methodology":
            try participants(report.participants, writer)
            try fieldwork(report.fieldwork, writer)
            try agreement(report.agreement, writer)
            try codeFrequencies(report, writer)
        case "results":
            for results in report.results { try self.results(results, writer) }
            try writer.startElement("evaluationQuestions")
            for question in report.questions {
                try writer.element(
                    "question", attributes: [("id", question.id), ("criterion", question.criterion)],
                    text: question.text)
            }
            try writer.endElement()
            for table in report.disaggregation { try disaggregation(table, report.minimumCellSize, writer) }
        default:
            break
        }
        try writer.endElement()
    }

    private func block(_ block: Narrative.Block, _ writer: XMLWriter) throws(XMLWriteError) {
        switch block {
        case .heading(let text): try writer.element("heading", text: text)
        case .paragraph(let runs): try inline("p", runs, writer)
        case .list(let items):
            try writer.startElement("list")
            for item in items { try inline("item", item, writer) }
            try writer.endElement()
        }
    }

    private func inline(_ name: String, _ runs: [Narrative.Inline], _ writer: XMLWriter) throws(XMLWriteError) {
        try writer.startElement(name, mixed: true)
        for run in runs {
            switch run {
            case .text(let text): try writer.text(text)
            case .emphasis(let text): try writer.element("em", text: text)
            }
        }
        try writer.endElement()
    }

    private func counts(_ row: ParticipantsTable.Row) -> [(String, String)] {
        [
            ("interviews", "\(row.interviews)"), ("interviewParticipants", "\(row.interviewParticipants)"),
            ("fgds", "\(row.fgds)"), ("fgdParticipants", "\(row.fgdParticipants)"),
            ("participants", "\(row.participants)"), ("importedSessions", "\(row.importedSessions)"),
        ]
    }

    private func participants(_ table: ParticipantsTable, _ writer: XMLWriter) throws(XMLWriteError) {
        try writer.startElement("participants")
        for row in table.rows {
            try writer.element(
                "row",
                attributes: counts(row) + [
                    ("site", row.site), ("siteName", row.siteName), ("group", row.group), ("groupName", row.groupName),
                ])
        }
        try writer.element("total", attributes: counts(table.total))
        try writer.endElement()
    }

    private func fieldwork(_ table: FieldworkTable, _ writer: XMLWriter) throws(XMLWriteError) {
        try writer.startElement("fieldwork")
        for row in table.rows {
            try writer.element(
                "row",
                attributes: [
                    ("site", row.site), ("siteName", row.siteName), ("group", row.group), ("groupName", row.groupName),
                    ("plannedInterviews", "\(row.plannedInterviews)"),
                    ("achievedInterviews", "\(row.achievedInterviews)"), ("interviewGap", "\(row.interviewGap)"),
                    ("plannedFgdParticipants", "\(row.plannedFGDParticipants)"),
                    ("achievedFgdParticipants", "\(row.achievedFGDParticipants)"),
                    ("fgdParticipantGap", "\(row.fgdParticipantGap)"),
                ])
        }
        try writer.endElement()
    }

    private func statistics(_ result: AgreementResultValues) -> [(String, String)] {
        var out = [("units", "\(result.units)")]
        for (name, value) in result.values { if let value { out.append((name, Self.number(value))) } }
        return out
    }

    private func agreement(_ summary: AgreementSummary, _ writer: XMLWriter) throws(XMLWriteError) {
        try writer.startElement("agreement")
        try writer.attribute("computed", summary.overall == nil ? "false" : "true")
        for coder in summary.coders { try writer.element("coder", text: coder) }
        if let overall = summary.overall {
            try writer.element("overall", attributes: statistics(AgreementResultValues(overall)))
            for row in summary.codes {
                try writer.element(
                    "code",
                    attributes: statistics(AgreementResultValues(row.agreement)) + [
                        ("id", row.code), ("name", row.name), ("answersCoded", "\(row.answersCoded)"),
                    ])
            }
        }
        try writer.endElement()
    }

    private func codeFrequencies(_ report: ReportContent, _ writer: XMLWriter) throws(XMLWriteError) {
        try writer.startElement("codeFrequencies")
        try writer.attribute("minimumCellSize", "\(report.minimumCellSize)")
        for code in report.codeFrequencies {
            var attributes = [("id", code.code), ("name", code.name), ("depth", "\(code.depth)")]
            attributes.append(code.respondents.map { ("respondents", "\($0)") } ?? ("suppressed", "small"))
            try writer.element("code", attributes: attributes)
        }
        try writer.endElement()
    }

    private func results(_ results: UnitResults, _ writer: XMLWriter) throws(XMLWriteError) {
        try writer.startElement("results")
        try writer.attribute("scope", results.scope)
        try writer.element("name", text: results.name)
        if let description = results.description { try writer.element("description", text: description) }
        for finding in results.findings {
            try writer.startElement("finding")
            try writer.attribute("number", "\(finding.number)")
            try writer.attribute("id", finding.id)
            try writer.attribute("criterion", finding.criterion)
            if !finding.evaluationQuestions.isEmpty {
                try writer.attribute("evaluationQuestions", finding.evaluationQuestions.joined(separator: " "))
            }
            if !finding.codes.isEmpty { try writer.attribute("codes", finding.codes.joined(separator: " ")) }
            try writer.element("title", text: finding.title)
            try writer.element("statement", text: finding.statement)
            for quote in finding.quotes {
                try writer.element(
                    "quote", attributes: [("group", quote.groupName), ("site", quote.siteName)], text: quote.text)
            }
            try writer.element("conclusion", text: finding.conclusion)
            try writer.endElement()
        }
        for cell in results.ratings { try rating("rating", cell, target: cell.target, writer) }
        for cell in results.answers { try rating("answer", cell, target: cell.target, writer) }
        try writer.endElement()
    }

    private func rating(_ name: String, _ cell: RatingCell, target: String, _ writer: XMLWriter)
        throws(XMLWriteError)
    {
        try writer.startElement(name)
        try writer.attribute("target", target)
        try writer.attribute("criterion", cell.criterion)
        try writer.attribute("computed", cell.computed)
        try writer.attribute("computedName", cell.computedName)
        if let confidence = cell.confidence { try writer.attribute("confidence", confidence) }
        if let judged = cell.judged { try writer.attribute("judged", judged) }
        if let judgedName = cell.judgedName { try writer.attribute("judgedName", judgedName) }
        for reason in cell.reasons { try writer.element("reason", text: reason) }
        if let justification = cell.justification { try writer.element("justification", text: justification) }
        try writer.endElement()
    }

    private func disaggregation(_ table: DisaggregationView, _ minimum: Int, _ writer: XMLWriter)
        throws(XMLWriteError)
    {
        try writer.startElement("disaggregation")
        try writer.attribute("scope", table.scope)
        try writer.attribute("dimension", table.dimension)
        try writer.attribute("dimensionName", table.dimensionName)
        try writer.attribute("minimumCellSize", "\(minimum)")
        for row in table.rows { try disaggregationRow("row", row, writer) }
        try disaggregationRow("total", table.total, writer)
        try writer.endElement()
    }

    private func disaggregationRow(_ name: String, _ row: DisaggregationView.Row, _ writer: XMLWriter)
        throws(XMLWriteError)
    {
        try writer.startElement(name)
        try writer.attribute("value", row.value)
        try writer.attribute("label", row.label)
        for cell in row.cells {
            var attributes = [("criterion", cell.criterion)]
            switch cell.state {
            case .shown:
                attributes.append(("respondents", "\(cell.respondents ?? 0)"))
                if let balance = cell.balance { attributes.append(("balance", Self.number(balance))) }
            case .small, .complementary:
                attributes.append(("suppressed", cell.state.rawValue))
            }
            try writer.element("cell", attributes: attributes)
        }
        try writer.endElement()
    }

    private func annexes(_ report: ReportContent, _ writer: XMLWriter) throws(XMLWriteError) {
        try writer.startElement("annexes")
        for guide in report.annexes.guides {
            try writer.startElement("guide")
            try writer.attribute("id", guide.id)
            try writer.element("title", text: guide.title)
            try writer.element("outline", text: guide.outline)
            try writer.endElement()
        }
        for consent in report.annexes.consentScripts {
            try writer.startElement("consent")
            try writer.attribute("id", consent.id)
            try writer.attribute("guardianBelowAge", "\(consent.guardianAge)")
            try writer.element("title", text: consent.title)
            for paragraph in consent.paragraphs { try writer.element("paragraph", text: paragraph) }
            try writer.element("question", text: consent.question)
            try writer.element("attestation", text: consent.attestation)
            try writer.element("guardianQuestion", text: consent.guardianQuestion)
            try writer.endElement()
        }
        try writer.startElement("participantsSummary")
        for row in report.participants.byGroup {
            try writer.element("group", attributes: [("id", row.group), ("name", row.groupName)] + counts(row))
        }
        for row in report.participants.bySite {
            try writer.element("site", attributes: [("id", row.site), ("name", row.siteName)] + counts(row))
        }
        try writer.endElement()
        try writer.startElement("codebook")
        for code in report.annexes.codebook {
            try writer.startElement("code")
            try writer.attribute("id", code.id)
            try writer.attribute("name", code.name)
            try writer.attribute("depth", "\(code.depth)")
            try writer.attribute("valence", code.valence)
            try writer.element("use", text: code.use)
            if let doNotUse = code.doNotUse { try writer.element("doNotUse", text: doNotUse) }
            try writer.endElement()
        }
        try writer.endElement()
        try writer.endElement()
    }

    /// Up to four decimals, no exponent, "." as the separator whatever the locale.
    static func number(_ value: Double) -> String {
        var text = String(format: "%.4f", locale: Locale(identifier: "en_US_POSIX"), value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }
}
