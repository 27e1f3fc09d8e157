/// The files `evalkit init` writes into a new project, by path inside the project.
public enum ProjectTemplate {
    public static let files: [(path: String, bytes: [UInt8])] = [
        ("Instruments/framework.xml", PackageResources.framework_xml),
        ("Consent/verbal-consent.xml", PackageResources.consent_xml),
        ("Consent/contacts.xml", PackageResources.contacts_xml),
        ("Analysis/rubric.xml", PackageResources.rubric_xml),
    ]

    /// Folders every project has.
    public static let folders = ["Instruments", "Consent", "Analysis", "Exports"]
}
