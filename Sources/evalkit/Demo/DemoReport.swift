import EvalKitCoding
import EvalKitCore
import EvalKitDemo
import EvalKitInstruments
import EvalKitScoring
import EvalKitStore
import Foundation

/// What `evalkit demo` prints at the end: where things are and what was built.
struct DemoReport {
    var fieldwork: DemoFieldwork.Summary
    var answered: Int
    var rulesSegments: Int
    var analyst: SimulatedCoder.Summary
    var outputs: [String]
    var checks: [String]
    /// The rating matrix, one row per criterion and one column per unit.
    var ratings: [[String]] = []

    init(context: DemoContext) throws {
        fieldwork = context.fieldwork ?? DemoFieldwork.Summary()
        answered = try context.store.answeredCount()
        rulesSegments = try context.store.segmentCount(coder: AutoCodingRun.coder)
        analyst = context.secondCoder ?? SimulatedCoder.Summary()
        outputs = context.outputs
        checks = context.reportChecks
        if let sheet = context.scores, let rubric = context.project.rubric {
            ratings = Self.ratingRows(sheet, ScoreLabels(project: context.project, rubric: rubric))
        }
    }

    private static func ratingRows(_ sheet: ScoreSheet, _ labels: ScoreLabels) -> [[String]] {
        let scopes = sheet.scopes.filter { if case .unit = $0 { true } else { false } }
        var rows = [["CRITERION"] + scopes.map { labels.scope($0).uppercased() }]
        for criterion in sheet.criteria {
            rows.append(
                [labels.target(.criterion(criterion))]
                    + scopes.map { scope in
                        guard let cell = sheet.cell(scope, criterion: criterion) else { return "" }
                        let rating = labels.rating(cell.reportedRatingID)
                        return cell.confidence.map { "\(rating) (\($0.rawValue))" } ?? rating
                    })
        }
        return rows
    }

    func text(destination: DemoDestination, seed: UInt64, seconds: Double) -> String {
        let project = destination.directory
        var rows = [["SITE", "INTERVIEWS", "FGDS", "FGD PARTICIPANTS", "PARTICIPANTS"]]
        for (site, count) in fieldwork.perSite.sorted(by: { $0.key < $1.key }) {
            rows.append([
                site, String(count.interviews), String(count.groups), String(count.groupParticipants),
                String(count.interviews + count.groupParticipants),
            ])
        }
        rows.append([
            "total", String(fieldwork.interviews), String(fieldwork.groups), String(fieldwork.fgdParticipants),
            String(fieldwork.participants),
        ])
        let option = destination.isSeparateProject ? " --project \(project)" : ""
        var lines = [
            "Demo data (fictional, seed \(seed)) in \(project)",
            "Database: \(destination.storePath)",
            "",
            TextTable.render(rows),
            "",
            "Sessions: \(fieldwork.sessions) (\(fieldwork.interviews) interviews, \(fieldwork.groups) FGDs), all "
                + "completed with consent.",
            "Answers: \(answered) answered, \(fieldwork.answers - answered) declined.",
            "Segments: \(rulesSegments) by '\(AutoCodingRun.coder)'; \(analyst.segments) by '\(SimulatedCoder.defaultCoder)' "
                + "on the \(analyst.reviewed) answers it reviewed.",
        ]
        if !ratings.isEmpty {
            lines += ["", "Ratings by the rubric (confidence in brackets):", TextTable.render(ratings)]
        }
        lines += [""] + outputs.map { "Wrote \($0)" }
        if !checks.isEmpty {
            lines += ["", "The report is a draft: \(checks.count) analyst check(s) to resolve first:"]
            lines += checks.map { "  - \($0)" }
        }
        lines += [
            "",
            "Explore it:",
            "  evalkit interview list\(option)",
            "  evalkit code table --by unit\(option)",
            "  evalkit agreement --coders \(AutoCodingRun.coder),\(SimulatedCoder.defaultCoder)\(option)",
            "  evalkit score explain centre effectiveness\(option)",
            String(format: "Built in %.1f s.", seconds),
        ]
        return lines.joined(separator: "\n")
    }
}
