import EvalKitXML

/// The text of a Word (.docx) or OpenDocument (.odt) document as lines: one per paragraph or
/// heading, a line break inside a paragraph starts a new line, and each table row is one line
/// with its cells separated by " | ". Formatting is dropped; deleted tracked changes, comments,
/// notes and field codes are left out.
enum DocumentText {
    /// WordprocessingML (`word/document.xml`).
    static func word(_ root: XMLElement) -> [String] {
        var lines: [String] = []
        wordBlocks(root, into: &lines)
        return lines
    }

    /// OpenDocument text (`content.xml`).
    static func openDocument(_ root: XMLElement) -> [String] {
        var lines: [String] = []
        odfBlocks(root, into: &lines)
        return lines
    }

    private static func wordBlocks(_ element: XMLElement, into lines: inout [String]) {
        for child in element.children {
            switch child.name {
            case "p":
                lines += wordInline(child).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            case "tbl": lines += child.children(named: "tr").map { row(of: $0, cell: "tc", text: wordCell) }
            case "del", "sectPr": continue
            default: wordBlocks(child, into: &lines)
            }
        }
    }

    private static func wordCell(_ cell: XMLElement) -> String {
        var lines: [String] = []
        wordBlocks(cell, into: &lines)
        return lines.joined(separator: " ")
    }

    private static func wordInline(_ element: XMLElement) -> String {
        var text = ""
        for child in element.children {
            switch child.name {
            case "t": text += child.text
            case "tab": text += "\t"
            case "br", "cr": text += "\n"
            case "noBreakHyphen": text += "-"
            case "del", "delText", "instrText", "footnoteReference", "endnoteReference", "commentReference", "pPr",
                "rPr":
                continue
            default: text += wordInline(child)
            }
        }
        return text
    }

    private static func odfBlocks(_ element: XMLElement, into lines: inout [String]) {
        for child in element.children {
            switch child.name {
            case "p", "h":
                lines += odfInline(child).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            case "table":
                lines += odfRows(child).map { row(of: $0, cell: "table-cell", text: odfCell) }
            case "tracked-changes", "sequence-decls", "variable-decls", "user-field-decls", "annotation", "note":
                continue
            default: odfBlocks(child, into: &lines)
            }
        }
    }

    /// Rows of a table, also inside header rows and row groups.
    private static func odfRows(_ element: XMLElement) -> [XMLElement] {
        element.children.flatMap { child -> [XMLElement] in
            switch child.name {
            case "table-row": [child]
            case "table-header-rows", "table-rows", "table-row-group": odfRows(child)
            default: []
            }
        }
    }

    private static func odfCell(_ cell: XMLElement) -> String {
        var lines: [String] = []
        odfBlocks(cell, into: &lines)
        return lines.joined(separator: " ")
    }

    /// ODF collapses white space in text (as HTML does); `<text:s>`, `<text:tab>` and
    /// `<text:line-break>` write it explicitly.
    private static func odfInline(_ element: XMLElement) -> String {
        var text = ""
        for piece in element.content {
            switch piece {
            case .text(let run): text += collapsed(run, after: text)
            case .element(let index):
                let child = element.children[index]
                switch child.name {
                case "s":
                    let count = child.attributes.first { $0.name == "c" }.flatMap { Int($0.value) } ?? 1
                    text += String(repeating: " ", count: min(max(count, 1), 1000))
                case "tab": text += "\t"
                case "line-break": text += "\n"
                case "note", "annotation", "annotation-end", "bookmark", "bookmark-start", "bookmark-end",
                    "soft-page-break", "change", "change-start", "change-end":
                    continue
                default: text += odfInline(child)
                }
            }
        }
        return text
    }

    private static func collapsed(_ run: String, after text: String) -> String {
        var result = ""
        var lastWasSpace = text.last == " " || text.isEmpty
        for character in run {
            if character == " " || character == "\t" || character == "\n" || character == "\r" {
                if !lastWasSpace { result.append(" ") }
                lastWasSpace = true
            } else {
                result.append(character)
                lastWasSpace = false
            }
        }
        return result
    }

    private static func row(of row: XMLElement, cell name: String, text: (XMLElement) -> String) -> String {
        row.children(named: name).map(text).joined(separator: " | ")
    }
}
