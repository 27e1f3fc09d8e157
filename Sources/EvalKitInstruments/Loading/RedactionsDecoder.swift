import EvalKitCore
import EvalKitXML

/// Turns a schema-valid `<redactions>` element into a `RedactionList`.
struct RedactionsDecoder {
    var reader = ElementReader()

    mutating func decode(_ root: XMLElement) -> RedactionList {
        var entries: [RedactionList.Entry] = []
        var seen = Set<String>()
        for child in root.children {
            guard let category = RedactionList.Category(rawValue: child.name) else { continue }
            let text = child.text.trimmingWhitespace
            let key = FoldedText(text).string
            guard !key.trimmingWhitespace.isEmpty else {
                reader.error("<\(child.name)> has no letters to mask", at: child.location)
                continue
            }
            if !seen.insert(key).inserted {
                reader.diagnostics.append(Diagnostic(.warning, "'\(text)' is listed twice", at: child.location))
            }
            entries.append(RedactionList.Entry(text: text, category: category))
        }
        return RedactionList(
            id: reader.string(root, "id") ?? "", version: reader.string(root, "version") ?? "", entries: entries,
            file: root.location.file)
    }
}
