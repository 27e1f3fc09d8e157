import EvalKitCore
import EvalKitXML

/// Turns a schema-valid `<consent>` element into a `ConsentScript` and checks that every
/// element the ethics of the brief require is present.
struct ConsentDecoder {
    var reader = ElementReader()

    mutating func decode(_ root: XMLElement) -> ConsentScript {
        let paragraphs = root.children(named: "paragraph").map { element in
            ConsentScript.Paragraph(
                element: ConsentScript.Element(rawValue: reader.string(element, "element") ?? "") ?? .other,
                text: reader.text(element))
        }
        let present = Set(paragraphs.map(\.element))
        let missing = ConsentScript.Element.allCases.filter { $0 != .other && !present.contains($0) }
        if !missing.isEmpty {
            reader.error(
                "the consent script has no paragraph for: \(missing.map(\.rawValue).joined(separator: ", ")); "
                    + "add <paragraph element=\"…\"> for each", at: root.location)
        }
        let guardianElement = root.child(named: "guardian") ?? root
        let guardian = ConsentScript.Guardian(
            minorBelow: reader.int(guardianElement, "minorBelow") ?? 18,
            paragraphs: guardianElement.children(named: "paragraph").map { reader.text($0) },
            question: requiredText(guardianElement, "question"),
            attestation: requiredText(guardianElement, "attestation"))
        return ConsentScript(
            id: reader.string(root, "id") ?? "", version: reader.string(root, "version") ?? "",
            title: requiredText(root, "title"), privateSetting: requiredText(root, "privateSetting"),
            paragraphs: paragraphs, question: requiredText(root, "question"),
            attestation: requiredText(root, "attestation"), guardian: guardian,
            interpreterQuestion: requiredText(root.child(named: "interpreter") ?? root, "question"),
            file: root.location.file)
    }

    /// The schema guarantees the child exists; the fallback keeps a broken file from crashing.
    private mutating func requiredText(_ parent: XMLElement, _ name: String) -> LocalizedText {
        reader.text(parent.child(named: name) ?? parent)
    }
}
