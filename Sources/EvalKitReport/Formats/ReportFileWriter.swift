public import EvalKitInstruments
public import EvalKitStore

/// What every report format may draw on: the built report (when the format renders it), the
/// project and its store.
public struct ReportSource {
    public var content: ReportContent?
    public var project: Project
    public var codebook: Codebook
    public var store: ProjectStore
}

/// One report format: writes its file (and any file that goes with it) atomically, so a
/// failure never leaves half a file.
public protocol ReportFileWriter {
    /// Whether the format renders the built report, which must then be built first.
    var rendersContent: Bool { get }
    func write(_ source: ReportSource, to path: String) throws
}
