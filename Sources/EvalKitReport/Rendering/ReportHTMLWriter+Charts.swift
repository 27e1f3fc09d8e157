/// Inline SVG charts, each with a title and description for screen readers and the same
/// numbers in a table or list next to it.
extension ReportHTMLWriter.Writer {
    static let ratingColours = ["#1b6e3a", "#4f7f1d", "#a35a00", "#a31c1c", "#6b1010"]
    static let insufficientColour = "#5f6b76"

    /// Units down, criteria across; each cell coloured by the reported rating (the analysts'
    /// where they judged) and labelled with its name.
    mutating func ratingMatrixChart() {
        let columns = report.criteria
        let rows = report.results
        let labelWidth = 210
        let cellWidth = 120
        let cellHeight = 44
        let width = labelWidth + cellWidth * columns.count
        let height = 40 + cellHeight * rows.count
        html.open(
            "svg",
            [
                ("xmlns", "http://www.w3.org/2000/svg"), ("viewBox", "0 0 \(width) \(height)"),
                ("width", "\(width)"), ("height", "\(height)"), ("role", "img"),
                ("aria-labelledby", "matrix-title matrix-desc"),
            ])
        html.raw("\n")
        html.element("title", labels[.ratingMatrix], [("id", "matrix-title")])
        var description = labels[.ratingMatrixDesc]
        for unit in rows {
            description +=
                " \(unit.name): "
                + unit.ratings.map { "\($0.criterionName) \($0.judgedName ?? $0.computedName)" }.joined(separator: ", ")
                + "."
        }
        html.element("desc", description, [("id", "matrix-desc")])
        for (index, column) in columns.enumerated() {
            let x = labelWidth + index * cellWidth + cellWidth / 2
            html.element(
                "text", column.name,
                [("x", "\(x)"), ("y", "26"), ("text-anchor", "middle"), ("font-size", "13"), ("fill", "#1b1f24")])
        }
        for (rowIndex, unit) in rows.enumerated() {
            let y = 40 + rowIndex * cellHeight
            wrappedText(
                Self.wrap(unit.name, width: 28), x: 4, middle: y + cellHeight / 2, anchor: "start", size: 13,
                colour: "#1b1f24")
            for (index, cell) in unit.ratings.enumerated() {
                let rank = cell.judged == nil ? cell.computedRank : cell.judgedRank
                let colour =
                    rank.map { Self.ratingColours[min($0, Self.ratingColours.count - 1)] } ?? Self.insufficientColour
                let x = labelWidth + index * cellWidth
                html.element(
                    "rect", "",
                    [
                        ("x", "\(x + 2)"), ("y", "\(y + 2)"), ("width", "\(cellWidth - 4)"),
                        ("height", "\(cellHeight - 4)"), ("rx", "4"), ("fill", colour),
                    ])
                wrappedText(
                    Self.wrap(cell.judgedName ?? cell.computedName, width: 17), x: x + cellWidth / 2,
                    middle: y + cellHeight / 2, anchor: "middle", size: 11, colour: "#ffffff")
            }
        }
        html.raw("</svg>\n")
    }

    /// Horizontal bars of respondents per code; small counts get no bar and read "<N".
    mutating func codeFrequencyChart() {
        let codes = report.codeFrequencies
        guard !codes.isEmpty else {
            html.element("p", labels[.noCodes])
            return
        }
        let maximum = max(1, codes.compactMap(\.respondents).max() ?? 1)
        let labelWidth = 300
        let barWidth = 380
        let rowHeight = 20
        let width = labelWidth + barWidth + 60
        let height = rowHeight * codes.count + 10
        html.open(
            "svg",
            [
                ("xmlns", "http://www.w3.org/2000/svg"), ("viewBox", "0 0 \(width) \(height)"),
                ("width", "\(width)"), ("height", "\(height)"), ("role", "img"),
                ("aria-labelledby", "codes-title codes-desc"),
            ])
        html.raw("\n")
        html.element("title", labels[.codeFrequencies], [("id", "codes-title")])
        let small = "<\(report.minimumCellSize)"
        let summary = codes.map { "\($0.name) \($0.respondents.map(String.init) ?? small)" }.joined(separator: ", ")
        html.element("desc", labels[.codeFrequenciesDesc] + " " + summary + ".", [("id", "codes-desc")])
        for (index, code) in codes.enumerated() {
            let y = 5 + index * rowHeight
            let indent = String(repeating: "  ", count: code.depth)
            html.element(
                "text", indent + code.name,
                [("x", "\(4 + code.depth * 12)"), ("y", "\(y + 14)"), ("font-size", "12"), ("fill", "#1b1f24")])
            if let respondents = code.respondents {
                let length = max(2, barWidth * respondents / maximum)
                html.element(
                    "rect", "",
                    [
                        ("x", "\(labelWidth)"), ("y", "\(y + 3)"), ("width", "\(length)"),
                        ("height", "\(rowHeight - 6)"),
                        ("fill", "#0b4f7c"),
                    ])
                html.element(
                    "text", "\(respondents)",
                    [("x", "\(labelWidth + length + 6)"), ("y", "\(y + 14)"), ("font-size", "12"), ("fill", "#1b1f24")])
            } else {
                html.element(
                    "text", small,
                    [("x", "\(labelWidth + 4)"), ("y", "\(y + 14)"), ("font-size", "12"), ("fill", "#4a5560")])
            }
        }
        html.raw("</svg>\n")
        html.element(
            "p", labels.format(.codeFrequencySmall, "\(report.minimumCellSize)", "\(report.minimumCellSize)"),
            [("class", "note")])
    }

    /// Up to two lines centred on `middle`, one `<tspan>` each.
    private mutating func wrappedText(_ lines: [String], x: Int, middle: Int, anchor: String, size: Int, colour: String)
    {
        let lineHeight = size + 2
        let first = middle + size / 3 - (lines.count - 1) * lineHeight / 2
        html.open(
            "text",
            [("x", "\(x)"), ("y", "\(first)"), ("text-anchor", anchor), ("font-size", "\(size)"), ("fill", colour)])
        for (index, line) in lines.enumerated() {
            html.open("tspan", [("x", "\(x)"), ("dy", index == 0 ? "0" : "\(lineHeight)")])
            html.text(line)
            html.close("tspan")
        }
        html.raw("</text>\n")
    }

    /// Words in at most two lines of about `width` characters; the rest is cut with "…".
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        guard lines.count > 2 else { return lines }
        var second = lines[1]
        if second.count > width - 1 { second = String(second.prefix(width - 1)) }
        return [lines[0], second + "…"]
    }
}
