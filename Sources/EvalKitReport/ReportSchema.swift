import EvalKitInstruments
public import EvalKitXML

/// The XSD of the report vocabulary (namespace `urn:evalkit:report:1`), embedded so every
/// export is checked before it is written. A copy ships as Exports/report.xsd.
public enum ReportSchema {
    public static let namespace = "urn:evalkit:report:1"

    /// The schema files by name: report.xsd and the xml.xsd it imports.
    public static let files: [String: [UInt8]] = [
        "report.xsd": PackageResources.report_xsd,
        "xml.xsd": EvalKitSchema.files["xml.xsd"] ?? [],
    ]

    /// The compiled schema. A failure here is a bug in EvalKit, not a user error.
    public static let compiled: XMLSchema = {
        do {
            return try XMLSchema(set: "evalkit-report", main: "report.xsd", resources: files)
        } catch {
            fatalError("EvalKit's embedded report schema does not compile: \(error)")
        }
    }()
}
