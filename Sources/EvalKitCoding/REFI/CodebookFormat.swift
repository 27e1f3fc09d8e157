public import EvalKitInstruments
public import Foundation

/// One file format for a codebook. Each format is a writer in its own file; a new one is a
/// new case here and a new file.
public protocol CodebookWriter {
    func data(for codebook: Codebook) throws -> Data
}

/// The codebook formats EvalKit writes, chosen by the target's extension.
public enum CodebookFormat: Sendable {
    /// REFI-QDA `.qdc`, for NVivo, ATLAS.ti, MAXQDA and QualCoder.
    case qdc
    /// The CSV Taguette imports.
    case csv

    /// `.csv` for CSV; anything else is written as `.qdc`.
    public init(path: String) {
        self = (path as NSString).pathExtension.lowercased() == "csv" ? .csv : .qdc
    }

    public var writer: any CodebookWriter {
        switch self {
        case .qdc: CodebookExporter()
        case .csv: CodebookCSVExporter()
        }
    }
}
