import EvalKitCore
import EvalKitXML

/// Turns a schema-valid `<contacts>` element into a `ContactList`.
struct ContactsDecoder {
    var reader = ElementReader()

    mutating func decode(_ root: XMLElement) -> ContactList {
        var seen: [String: Int] = [:]
        for referral in root.children(named: "referral") {
            guard let id = reader.string(referral, "id") else { continue }
            if let first = seen[id] {
                reader.error(
                    "referral id '\(id)' is used twice (first at line \(first)); each referral needs its own id",
                    at: referral.location)
            } else {
                seen[id] = referral.location.line
            }
        }
        return ContactList(
            id: reader.string(root, "id") ?? "", version: reader.string(root, "version") ?? "",
            team: contact(root.child(named: "team") ?? root),
            referrals: root.children(named: "referral").map { contact($0) }, file: root.location.file)
    }

    private mutating func contact(_ element: XMLElement) -> ContactList.Contact {
        ContactList.Contact(
            name: reader.text(element.child(named: "name") ?? element), offers: reader.optionalText(element, "offers"),
            reach: element.children(named: "reach").map { reader.text($0) })
    }
}
