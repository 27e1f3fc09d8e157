/// What `ReportExporter` writes.
public enum ReportFormat: String, Sendable, CaseIterable {
    /// The report vocabulary of Exports/report.xsd, validated before it is written.
    case xml
    /// One self-contained HTML file for reading and printing.
    case html
    /// The coded project as REFI-QDA, for the analysis team (it holds session ids and full
    /// answers: not for publication).
    case qdpx

    /// The file name in the output folder.
    public func fileName(language: String) -> String {
        switch self {
        case .xml: "report.\(language).xml"
        case .html: "report.\(language).html"
        case .qdpx: "project.qdpx"
        }
    }
}
