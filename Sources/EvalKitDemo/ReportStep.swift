public import EvalKitCore
import EvalKitInstruments
import EvalKitReport
import Foundation

/// Writes Exports/report.html, Exports/report.xml (with its schema) and Exports/project.qdpx
/// into the demo project, as `evalkit report` does.
public struct ReportStep: DemoStep {
    public var title: String { "Writing the report" }

    public init() {}

    public func run(_ context: inout DemoContext, progress: ProgressReporter) throws {
        let folder = (context.directory as NSString).appendingPathComponent(ProjectLayout.exportsFolder)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var builder = try ReportBuilder(project: context.project, language: "en")
        let formats: [ReportFormat] = [.html, .xml, .qdpx]
        let steps = ReportExporter.steps(for: formats)
        var done = 0
        builder.progress = { event in
            guard event.endsStep else { return }
            done += 1
            progress.update(done, of: steps)
        }
        var exporter = ReportExporter(builder: builder)
        var checks: [String] = []
        exporter.draftChecks = { checks = $0 }
        context.outputs += try exporter.export(formats, store: context.store, to: folder)
        context.reportChecks = checks
    }
}
