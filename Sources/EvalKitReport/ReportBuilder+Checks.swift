import EvalKitInstruments
import EvalKitScoring
import Foundation

extension ReportBuilder {
    /// The analyst checks of this report, worded in its language: each clash between a rating
    /// and its conclusions, then each place whose texts fall back to English.
    func checks(_ sheet: ScoreSheet) -> [String] {
        let clashes = ConclusionCheck(project: project, rubric: rubric).clashes(in: sheet)
        let gaps = TranslationCheck(project: project, language: language).gaps()
        return clashes.map(message)
            + gaps.map { gap in
                labels.format(.untranslated, relative(gap.file), gap.place, String(gap.count))
            }
    }

    private func message(_ clash: ConclusionCheck.Clash) -> String {
        func head(_ unit: String, _ criterion: String) -> [String] {
            [scopeName(.unit(unit)), criterionName(criterion)]
        }
        func list(_ findings: [String]) -> String { findings.joined(separator: ", ") }
        switch clash {
        case .noFinding(let unit, let criterion, let rating):
            return labels.format(.clashNoFinding, head(unit, criterion) + [ratingName(rating)])
        case .onlyNegative(let unit, let criterion, let rating, let findings):
            return labels.format(.clashOnlyNegative, head(unit, criterion) + [ratingName(rating), list(findings)])
        case .onlyPositive(let unit, let criterion, let rating, let findings):
            return labels.format(.clashOnlyPositive, head(unit, criterion) + [ratingName(rating), list(findings)])
        case .onlyUndetermined(let unit, let criterion, let rating, let findings):
            return labels.format(.clashOnlyUndetermined, head(unit, criterion) + [ratingName(rating), list(findings)])
        case .directionWithoutEvidence(let unit, let criterion, let findings):
            return labels.format(.clashWithoutEvidence, head(unit, criterion) + [list(findings)])
        }
    }

    /// A project file's path from the project folder, as the analyst knows it.
    private func relative(_ file: String) -> String {
        let folder = URL(fileURLWithPath: project.directory).standardizedFileURL.path + "/"
        let path = URL(fileURLWithPath: file).standardizedFileURL.path
        return path.hasPrefix(folder) ? String(path.dropFirst(folder.count)) : file
    }
}
