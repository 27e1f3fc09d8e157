import EvalKitTestSupport

/// docs/scoring.md's worked example files; `ReportFixtureFiles+Report.swift` adds a narrative
/// and findings for the report.
typealias ReportFixtureFiles = WorkedExampleFiles
