import EvalKitCoding

/// The coded project as a REFI-QDA `.qdpx`, streamed from the store (not from the built report).
public struct QDPXReportFile: ReportFileWriter {
    public var rendersContent: Bool { false }

    public func write(_ source: ReportSource, to path: String) throws {
        try QDPXWriter.write(
            ProjectExporter(project: source.project), store: source.store, codebook: source.codebook, to: path)
    }
}
