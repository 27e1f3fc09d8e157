/// What `ReportExporter` writes. Each format is one `ReportFileWriter` in its own file; a new
/// format is a new case here and a new file.
public enum ReportFormat: String, Sendable, CaseIterable {
    /// The report vocabulary of Exports/report.xsd, validated before it is written.
    case xml
    /// One self-contained HTML file for reading and printing.
    case html
    /// The coded project as REFI-QDA, for the analysis team (it holds session ids and full
    /// answers: not for publication).
    case qdpx

    public var writer: any ReportFileWriter {
        switch self {
        case .xml: XMLReportFile()
        case .html: HTMLReportFile()
        case .qdpx: QDPXReportFile()
        }
    }

    /// The file name in the output folder: report.xml and report.html in English, with the
    /// language before the extension otherwise (report.vi.html).
    public func fileName(language: String) -> String {
        let stem = language == "en" ? "report" : "report.\(language)"
        return switch self {
        case .xml: "\(stem).xml"
        case .html: "\(stem).html"
        case .qdpx: "project.qdpx"
        }
    }
}
