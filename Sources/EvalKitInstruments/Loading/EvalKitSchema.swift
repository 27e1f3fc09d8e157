public import EvalKitXML

/// The XSD of EvalKit project files, compiled once from the copy embedded in the binary,
/// so validation works from any folder.
public enum EvalKitSchema {
    /// The schema files by name; `evalkit.xsd` is the one to validate against.
    public static let files: [String: [UInt8]] = [
        "evalkit.xsd": PackageResources.evalkit_xsd,
        "evalkit-common.xsd": PackageResources.evalkit_common_xsd,
        "instrument.xsd": PackageResources.instrument_xsd,
        "consent.xsd": PackageResources.consent_xsd,
        "framework.xsd": PackageResources.framework_xsd,
        "contacts.xsd": PackageResources.contacts_xsd,
        "codebook.xsd": PackageResources.codebook_xsd,
        "redactions.xsd": PackageResources.redactions_xsd,
        "rubric.xsd": PackageResources.rubric_xsd,
        "judgements.xsd": PackageResources.judgements_xsd,
        "findings.xsd": PackageResources.findings_xsd,
        "narrative.xsd": PackageResources.narrative_xsd,
        "xml.xsd": PackageResources.xml_xsd,
    ]

    public static let namespace = "urn:evalkit:1"

    /// The compiled schema. A failure here is a bug in EvalKit, not a user error.
    public static let compiled: XMLSchema = {
        do {
            return try XMLSchema(set: "evalkit", main: "evalkit.xsd", resources: files)
        } catch {
            fatalError("EvalKit's embedded schema does not compile: \(error)")
        }
    }()
}
