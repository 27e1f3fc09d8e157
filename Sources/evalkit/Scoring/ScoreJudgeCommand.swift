import ArgumentParser
import EvalKitCore
import EvalKitInstruments
import EvalKitScoring
import Foundation

struct ScoreJudgeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "judge",
        abstract: "Set an analyst's rating over a computed one, with the reason; both are kept and reported.",
        discussion: """
            Writes Analysis/judgements.xml (created when missing; checked against the schema before it \
            replaces the old file). A new judgement of the same cell replaces the old one. The rating is \
            an id of the rubric's scale for a criterion, an id of its answers for an evaluation question \
            (the judged answer then counts in its criterion's roll-up), or insufficient-evidence. A justification in another language \
            (--language vi) is added to an existing judgement's English one.

            Examples:
              evalkit score judge centre efficiency --rating insufficient-evidence --analyst AN-01 \\
                --justification "No budget or cost data were shared with the team."
              evalkit score judge centre efficiency --remove
            """
    )

    @OptionGroup var projectOptions: ProjectOptions

    @Argument(help: ArgumentHelp("A unit id of the framework.", valueName: "unit"))
    var unit: String

    @Argument(help: ArgumentHelp("A criterion or evaluation question id.", valueName: "target"))
    var target: String

    @Option(
        help: ArgumentHelp(
            "A rating id of the rubric's scale (criterion), an answer id (question), or insufficient-evidence.",
            valueName: "id"))
    var rating: String?

    @Option(help: ArgumentHelp("Your analyst code, such as AN-01 (never a name).", valueName: "code"))
    var analyst: String?

    @Option(name: [.customShort("j"), .long], help: "Why the evidence alone does not settle the rating.")
    var justification: String?

    @Option(help: ArgumentHelp("Language of the justification: en or vi.", valueName: "code"))
    var language: String = "en"

    @Flag(help: "Remove the cell's judgement instead.")
    var remove = false

    func run() throws {
        let run = try ScoringRun(projectOptions)
        guard case .unit(let unit) = try run.scope(unit) else { throw JudgementError.notAUnit }
        let target = try run.target(target)
        let path =
            run.project.judgementsFile
            ?? (run.layout.analysisDirectory as NSString).appendingPathComponent("judgements.xml")
        var book = JudgementBook(judgements: run.project.judgements, rubric: run.scorer.rubric)
        if remove {
            try book.remove(unit: unit, target: target)
            try write(book.judgements, to: path)
            print("Removed the judgement of \(unit) × \(target.id) from \(path).")
            return
        }
        let (judgement, replaced) = try book.set(
            unit: unit, target: target, rating: rating, analyst: analyst, justification: justification,
            language: language)
        try write(book.judgements, to: path)
        print(
            "\(replaced ? "Replaced" : "Added") the judgement of \(unit) × \(target.id): "
                + "\(judgement.rating) by \(judgement.analyst), in \(path).")
    }

    private func write(_ judgements: [Judgement], to path: String) throws {
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try JudgementsWriter.write(judgements, to: path)
    }
}
