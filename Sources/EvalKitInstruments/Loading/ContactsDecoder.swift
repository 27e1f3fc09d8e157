import EvalKitCore
import EvalKitXML

/// Turns a schema-valid `<contacts>` element into a `ContactList`.
struct ContactsDecoder {
    var reader = ElementReader()

    mutating func decode(_ root: XMLElement) -> ContactList {
        ContactList(
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
