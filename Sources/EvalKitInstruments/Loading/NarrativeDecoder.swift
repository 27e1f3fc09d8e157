import EvalKitCore
import EvalKitXML

/// Turns a schema-valid `<narrative>` into a `Narrative`: each section once, each language
/// once per section, English present.
struct NarrativeDecoder {
    var reader = ElementReader()

    mutating func decode(_ root: XMLElement) -> Narrative {
        var sections: [Narrative.Section] = []
        for element in root.children(named: "section") {
            guard let id = reader.string(element, "id").flatMap(Narrative.SectionID.init(rawValue:)) else { continue }
            if sections.contains(where: { $0.id == id }) {
                reader.error("section '\(id.rawValue)' appears twice; keep one", at: element.location)
                continue
            }
            var content: [String: [Narrative.Block]] = [:]
            for part in element.children(named: "content") {
                let language = part.attribute("lang", namespace: xmlNamespaceURI)?.value ?? ""
                if content[language] != nil {
                    reader.error(
                        "section '\(id.rawValue)' has two contents in language '\(language)'", at: part.location)
                }
                content[language] = part.children.compactMap(Self.block)
            }
            if content[LocalizedText.fallbackLanguage] == nil {
                reader.error(
                    "section '\(id.rawValue)' has no English content (<content xml:lang=\"en\">)", at: element.location)
            }
            sections.append(Narrative.Section(id: id, content: content))
        }
        return Narrative(sections: sections, file: root.location.file)
    }

    private static func block(_ element: XMLElement) -> Narrative.Block? {
        switch element.name {
        case "heading": .heading(element.text.collapsingWhitespace)
        case "p": .paragraph(inlines(element))
        case "list": .list(element.children(named: "item").map(inlines))
        default: nil
        }
    }

    /// The runs of a mixed-content element, whitespace collapsed but kept between runs.
    private static func inlines(_ element: XMLElement) -> [Narrative.Inline] {
        var runs: [Narrative.Inline] = []
        for piece in element.content {
            switch piece {
            case .text(let text): runs.append(.text(text))
            case .element(let index): runs.append(.emphasis(element.children[index].text.collapsingWhitespace))
            }
        }
        return trimmed(runs)
    }

    private static func trimmed(_ runs: [Narrative.Inline]) -> [Narrative.Inline] {
        var out: [Narrative.Inline] = []
        for (index, run) in runs.enumerated() {
            guard case .text(let raw) = run else {
                out.append(run)
                continue
            }
            let collapsed = raw.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            var text = collapsed
            if raw.first?.isWhitespace == true && index > 0 { text = " " + text }
            if raw.last?.isWhitespace == true && index < runs.count - 1 && !collapsed.isEmpty { text += " " }
            if !text.isEmpty { out.append(.text(text)) }
        }
        return out
    }
}
