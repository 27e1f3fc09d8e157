import EvalKitCore
import EvalKitInstruments
import Foundation

/// Codes of another tool that the project does not have, as EvalKit codes: under one parent
/// named after the tool, keeping their hierarchy, descriptions and colours.
struct NewCodes {
    /// The parent code, or nil when every code matched.
    var parent: Code?
    /// REFI GUID (upper case) → the new code's id.
    var ids: [String: String] = [:]

    var count: Int { ids.count }

    init(document: REFIDocument, matcher: CodeMatcher, existing: Set<String>) {
        var taken = existing
        let origin = document.origin.isEmpty ? "another tool" : document.origin
        let parentID = Self.unique(Self.slug("imported-" + origin, limit: 40), in: &taken)
        var ids: [String: String] = [:]
        func convert(_ code: REFIDocument.Code, under prefix: String) -> [Code] {
            let isNew = matcher.match(guid: code.guid, name: code.name) == .new
            guard isNew else { return code.children.flatMap { convert($0, under: parentID) } }
            let name = code.name.components(separatedBy: "::").last?.trimmingCharacters(in: .whitespaces) ?? code.name
            let id = Self.unique(prefix + "." + Self.slug(name, limit: 63 - prefix.count - 4), in: &taken)
            ids[REFIDocument.key(code.guid)] = id
            let use =
                code.description
                ?? "Imported from \(origin) with no definition; write one before coding with it."
            return [
                Code(
                    id: id, name: LocalizedText(english: name.isEmpty ? id : name), use: LocalizedText(english: use),
                    colour: code.colour ?? "#9E9E9E", valence: .descriptive,
                    children: code.children.flatMap { convert($0, under: id) })
            ]
        }
        let children = document.codes.flatMap { convert($0, under: parentID) }
        self.ids = ids
        guard !children.isEmpty else { return }
        parent = Code(
            id: parentID, name: LocalizedText(english: "Imported from \(origin)"),
            use: LocalizedText(
                english: "Codes brought in from \(origin) by evalkit refi import. Apply a child code; give each a "
                    + "definition, a valence and links to the framework before scoring with it."),
            colour: "#9E9E9E", valence: .descriptive, children: children)
    }

    /// Lower-case letters, digits and '-', starting with a letter, at most `limit` characters.
    static func slug(_ text: String, limit: Int) -> String {
        let folded = text.replacingOccurrences(of: "Đ", with: "D").replacingOccurrences(of: "đ", with: "d")
            .folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        var slug = ""
        for scalar in folded.unicodeScalars {
            if scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty && slug.last != "-" {
                slug.append("-")
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        if slug.first.map({ !$0.isLetter }) ?? true { slug = "c-" + slug }
        slug = String(slug.prefix(max(limit, 3)))
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug
    }

    /// `id`, or `id-2`, `id-3`, … when taken; the result is marked taken.
    static func unique(_ id: String, in taken: inout Set<String>) -> String {
        var candidate = id
        var number = 2
        while taken.contains(candidate) {
            candidate = "\(id)-\(number)"
            number += 1
        }
        taken.insert(candidate)
        return candidate
    }
}
