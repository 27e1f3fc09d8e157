import EvalKitXML
import Foundation

/// What an importer reads from a REFI-QDA project or codebook: the users, the codes (nested),
/// and the text sources with their coded selections. Anything else is counted, not read.
struct REFIDocument {
    struct Code {
        var guid: String
        var name: String
        var children: [Code]
        /// The `<Description>`, if any.
        var description: String? = nil
        /// `color` when written as `#RRGGBB`.
        var colour: String? = nil
    }

    struct Selection {
        var start: Int?
        var end: Int?
        /// The `creatingUser` of each `<Coding>` (falling back to the selection's) with its code GUIDs.
        var codings: [(user: String?, codeGUIDs: [String])]
        /// `<NoteRef>`s of the selection: the notes that become the segments' memos.
        var noteGUIDs: [String] = []
    }

    /// A `<Note>` of `<Notes>`: its text inline or in a file of the archive.
    struct Note {
        var plainTextPath: String?
        var plainTextContent: String?
    }

    struct TextSource {
        var guid: String
        var name: String
        var plainTextPath: String?
        var plainTextContent: String?
        var selections: [Selection]
        /// `<NoteRef>`s of the whole source: notes that become the session's notes.
        var noteGUIDs: [String] = []
    }

    var isCodebook: Bool
    var origin: String
    var users: [String: String] = [:]
    var codes: [Code] = []
    var textSources: [TextSource] = []
    /// Notes by GUID (upper case).
    var notes: [String: Note] = [:]
    /// The case variables of each source, by source GUID (upper case), then variable name.
    var caseValues: [String: [String: String]] = [:]
    /// Other kinds of sources (`PDFSource`, …) and how many of each.
    var otherSources: [String: Int] = [:]
    /// Deviations from the schema that were accepted.
    var tolerated: [String] = []

    /// GUIDs compare case-insensitively: some tools write lower-case GUIDs.
    static func key(_ guid: String) -> String { guid.uppercased() }

    static func isStrictGUID(_ text: String) -> Bool {
        text.wholeMatch(of: /[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}/) != nil
    }

    /// Reads a parsed document. - Throws: `REFIImportError.notREFI` for another root element.
    init(_ root: XMLElement, path: String) throws(REFIImportError) {
        switch root.name {
        case "CodeBook": isCodebook = true
        case "Project": isCodebook = false
        default: throw .notREFI(path: path, root: root.name)
        }
        origin = root.attribute("origin")?.value ?? ""
        let expected = isCodebook ? CodebookExporter.namespace : ProjectExporter.namespace
        if root.namespace != expected {
            tolerated.append("the root element is not in the namespace \(expected); read it anyway")
        }
        var lowerCase = 0
        var notGUID = 0
        func check(_ guid: String) {
            if Self.isStrictGUID(guid) { return }
            if Self.isStrictGUID(guid.uppercased()) { lowerCase += 1 } else { notGUID += 1 }
        }
        var colours: [String] = []
        var colonNames = 0
        func readCode(_ element: XMLElement) -> Code {
            let guid = element.attribute("guid")?.value ?? ""
            check(guid)
            let name = element.attribute("name")?.value ?? ""
            if name.contains("::") { colonNames += 1 }
            let colour = element.attribute("color")?.value
            if let colour, !CodebookExporter.isColour(colour) { colours.append(colour) }
            let description = element.child(named: "Description")?.text.trimmingCharacters(in: .whitespacesAndNewlines)
            return Code(
                guid: guid, name: name, children: element.children(named: "Code").map(readCode),
                description: description?.isEmpty == false ? description : nil,
                colour: colour.flatMap { CodebookExporter.isColour($0) ? $0 : nil })
        }
        let codebook = isCodebook ? root : root.child(named: "CodeBook")
        if let codebook {
            codes = codebook.child(named: "Codes")?.children(named: "Code").map(readCode) ?? []
            if let sets = codebook.child(named: "Sets"), sets.children(named: "Set").isEmpty {
                tolerated.append("an empty <Sets/> (the schema needs at least one <Set>): ignored")
            }
        }
        if !isCodebook, let sets = root.child(named: "Sets"), sets.children(named: "Set").isEmpty {
            tolerated.append("an empty <Sets/> (the schema needs at least one <Set>): ignored")
        }
        for user in root.child(named: "Users")?.children(named: "User") ?? [] {
            let guid = user.attribute("guid")?.value ?? ""
            check(guid)
            users[Self.key(guid)] = user.attribute("name")?.value ?? ""
        }
        for source in root.child(named: "Sources")?.children ?? [] {
            guard source.name == "TextSource" else {
                otherSources[source.name, default: 0] += 1
                continue
            }
            let guid = source.attribute("guid")?.value ?? ""
            check(guid)
            var selections: [Selection] = []
            for selection in source.children(named: "PlainTextSelection") {
                check(selection.attribute("guid")?.value ?? "")
                let user = selection.attribute("creatingUser")?.value
                let codings = selection.children(named: "Coding").map { coding in
                    (
                        user: coding.attribute("creatingUser")?.value ?? user,
                        codeGUIDs: coding.children(named: "CodeRef").compactMap { $0.attribute("targetGUID")?.value }
                    )
                }
                selections.append(
                    Selection(
                        start: try Self.position(selection, "startPosition", path: path),
                        end: try Self.position(selection, "endPosition", path: path), codings: codings,
                        noteGUIDs: selection.children(named: "NoteRef").compactMap { $0.attribute("targetGUID")?.value }
                    ))
            }
            textSources.append(
                TextSource(
                    guid: guid, name: source.attribute("name")?.value ?? "",
                    plainTextPath: source.attribute("plainTextPath")?.value,
                    plainTextContent: source.child(named: "PlainTextContent")?.text, selections: selections,
                    noteGUIDs: source.children(named: "NoteRef").compactMap { $0.attribute("targetGUID")?.value }))
        }
        var variables: [String: String] = [:]
        for variable in root.child(named: "Variables")?.children(named: "Variable") ?? [] {
            variables[Self.key(variable.attribute("guid")?.value ?? "")] = variable.attribute("name")?.value ?? ""
        }
        for element in root.child(named: "Cases")?.children(named: "Case") ?? [] {
            var values: [String: String] = [:]
            for value in element.children(named: "VariableValue") {
                guard let guid = value.child(named: "VariableRef")?.attribute("targetGUID")?.value,
                    let name = variables[Self.key(guid)],
                    let text = value.children.first(where: { $0.name != "VariableRef" })?.text
                else { continue }
                values[name] = text.trimmingCharacters(in: .whitespacesAndNewlines)
            }
            for source in element.children(named: "SourceRef") {
                guard let guid = source.attribute("targetGUID")?.value else { continue }
                caseValues[Self.key(guid), default: [:]].merge(values) { first, _ in first }
            }
        }
        for note in root.child(named: "Notes")?.children(named: "Note") ?? [] {
            let guid = note.attribute("guid")?.value ?? ""
            check(guid)
            notes[Self.key(guid)] = Note(
                plainTextPath: note.attribute("plainTextPath")?.value,
                plainTextContent: note.child(named: "PlainTextContent")?.text)
        }
        if lowerCase > 0 {
            tolerated.append("\(lowerCase) GUIDs in lower case: compared without regard to case")
        }
        if notGUID > 0 { tolerated.append("\(notGUID) ids that are not GUIDs: used as they are") }
        if !colours.isEmpty {
            tolerated.append("\(colours.count) colours not written as #RRGGBB (e.g. '\(colours[0])'): ignored")
        }
        if colonNames > 0 {
            tolerated.append("\(colonNames) code names use '::' for nesting instead of nested <Code>s: shown nested")
        }
    }

    /// The most a position may be: a text of a thousand billion characters is not a transcript.
    static let positionLimit = 1 << 40

    /// A selection's position attribute: absent is nil; anything but a whole number from 0 to
    /// `positionLimit` is refused, naming the attribute, its value and its place.
    static func position(_ element: XMLElement, _ name: String, path: String) throws(REFIImportError) -> Int? {
        guard let attribute = element.attribute(name) else { return nil }
        let text = attribute.value.trimmingCharacters(in: .whitespaces)
        guard let value = Int(text), (0...positionLimit).contains(value) else {
            throw .badNumber(
                path: path, location: attribute.location, attribute: name, value: text,
                range: "a whole number from 0 to \(positionLimit)")
        }
        return value
    }

    /// Every code, depth first.
    var allCodes: [Code] {
        var result: [Code] = []
        func visit(_ code: Code) {
            result.append(code)
            code.children.forEach(visit)
        }
        codes.forEach(visit)
        return result
    }
}
