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
        let scope = try run.scope(unit)
        guard case .unit(let unit) = scope else {
            throw SimpleError(status: .usage, message: "error: judgements rate one unit of evaluation; name a unit id.")
        }
        let target = try run.target(target)
        let path =
            run.project.judgementsFile
            ?? (run.layout.analysisDirectory as NSString).appendingPathComponent("judgements.xml")
        var judgements = run.project.judgements
        let existing = judgements.firstIndex { $0.unit == unit && $0.target == target }
        if remove {
            guard let existing else {
                throw SimpleError(
                    status: .dataError, message: "error: there is no judgement of \(unit) × \(target.id) to remove.")
            }
            judgements.remove(at: existing)
            try write(judgements, to: path)
            print("Removed the judgement of \(unit) × \(target.id) from \(path).")
            return
        }
        let judgement = try makeJudgement(unit, target, run, existing.map { judgements[$0] })
        if let existing { judgements[existing] = judgement } else { judgements.append(judgement) }
        try write(judgements, to: path)
        print(
            "\(existing == nil ? "Added" : "Replaced") the judgement of \(unit) × \(target.id): "
                + "\(judgement.rating) by \(judgement.analyst), in \(path).")
    }

    private func makeJudgement(
        _ unit: String, _ target: Judgement.Target, _ run: ScoringRun, _ existing: Judgement?
    ) throws -> Judgement {
        guard let rating, let analyst, let justification, !justification.allSatisfy(\.isWhitespace) else {
            throw ValidationError("a judgement needs --rating, --analyst and a --justification that is not blank.")
        }
        let rubric = run.scorer.rubric
        let (levels, scale) =
            switch target {
            case .criterion: (rubric.scale.map(\.id), "on the rubric's scale")
            case .evaluationQuestion: (rubric.answers.map(\.id), "among the rubric's answers")
            }
        let known = levels + [Judgement.insufficientEvidence]
        guard known.contains(rating) else {
            throw SimpleError(
                status: .usage,
                message: "error: rating '\(rating)' is not \(scale) (\(known.joined(separator: ", ")))."
                    + Suggestion.didYouMean(rating, among: known))
        }
        guard isValidCoderCode(analyst) else {
            throw ValidationError(
                "analyst code '\(analyst)' is not valid: use 1 to 16 letters, digits or '-' (never a name).")
        }
        var translations = existing?.rating == rating ? existing?.justification.translations ?? [:] : [:]
        translations[language] = justification.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard translations[LocalizedText.fallbackLanguage] != nil else {
            throw ValidationError(
                "write the justification in English first (--language en); add other languages after.")
        }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd"
        return Judgement(
            unit: unit, target: target, rating: rating, analyst: analyst, date: formatter.string(from: Date()),
            justification: LocalizedText(translations))
    }

    private func write(_ judgements: [Judgement], to path: String) throws {
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try JudgementsWriter.write(judgements, to: path)
    }
}
