import EvalKitStore

extension REFIDocument {
    /// The coder of highlights made in Taguette, which records no user per highlight.
    static let taguetteUser = "taguette"

    /// A Taguette project read as a REFI-QDA project: each tag a code (its path as its name),
    /// each document a text source with its HTML's text, each highlight a coded selection in
    /// code points. Document names and file names are not kept.
    init(taguette project: TaguetteProject, texts: [Int64: TaguetteText]) {
        isCodebook = false
        origin = "Taguette"
        users = [Self.key(Self.taguetteUser): Self.taguetteUser]
        codes = project.tags.map { tag in
            Code(
                guid: "taguette-tag-\(tag.id)", name: tag.path, children: [],
                description: tag.description.isEmpty ? nil : tag.description)
        }
        var outside = 0
        textSources = project.documents.map { document in
            let text = texts[document.id]
            let selections = project.highlights.filter { $0.documentID == document.id }.compactMap {
                highlight -> Selection? in
                guard let range = text?.range(bytes: highlight.startByte, highlight.endByte) else {
                    outside += 1
                    return nil
                }
                return Selection(
                    start: range.lowerBound, end: range.upperBound,
                    codings: [(user: Self.taguetteUser, codeGUIDs: highlight.tagIDs.map { "taguette-tag-\($0)" })])
            }
            return TextSource(
                guid: "taguette-document-\(document.id)", name: "", plainTextPath: nil,
                plainTextContent: text?.text ?? "", selections: selections)
        }
        tolerated.append("Taguette highlights are in UTF-8 bytes of each document's HTML: turned into characters")
        if outside > 0 { tolerated.append("\(outside) highlights beyond the end of their document: left out") }
    }
}
