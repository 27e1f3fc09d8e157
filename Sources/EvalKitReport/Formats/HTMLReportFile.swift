import EvalKitCore

/// One self-contained HTML file (styles and charts inside), for reading and printing.
public struct HTMLReportFile: ReportFileWriter {
    public var rendersContent: Bool { true }

    public func write(_ source: ReportSource, to path: String) throws {
        guard let content = source.content else { return }
        try AtomicFile.write(ReportHTMLWriter().data(content), to: path)
    }
}
