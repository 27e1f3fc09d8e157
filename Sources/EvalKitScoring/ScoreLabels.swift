public import EvalKitInstruments

/// Names for what a score sheet holds, in one language (English where a text has no
/// translation): units, criteria, questions, ratings, groups, sites and breakdown values.
public struct ScoreLabels: Sendable {
    public let project: Project
    public let rubric: Rubric
    public let language: String

    public init(project: Project, rubric: Rubric, language: String = LocalizedText.fallbackLanguage) {
        self.project = project
        self.rubric = rubric
        self.language = language
    }

    private var framework: Framework? { project.framework }

    public func scope(_ scope: UnitScope) -> String {
        switch scope {
        case .unit(let id):
            framework?.units.first { $0.id == id }?.name.text(in: language) ?? id
        case .unattributed:
            language == "vi" ? "Không thuộc mô hình nào" : "No unit (e.g. national level)"
        case .all:
            language == "vi" ? "Tất cả" : "All evidence"
        }
    }

    public func target(_ target: Judgement.Target) -> String {
        switch target {
        case .criterion(let id):
            return framework?.criteria.first { $0.id == id }?.name.text(in: language) ?? id
        case .evaluationQuestion(let id):
            return framework?.evaluationQuestions.first { $0.id == id }?.text.text(in: language) ?? id
        }
    }

    /// A rating id of the scale, an answer id, or "insufficient evidence".
    public func rating(_ id: String) -> String {
        if id == Judgement.insufficientEvidence {
            return language == "vi" ? "không đủ bằng chứng" : "insufficient evidence"
        }
        return rubric.levelName(id)?.text(in: language) ?? id
    }

    public func group(_ id: String) -> String {
        framework?.respondentGroup(id)?.name.text(in: language) ?? id
    }

    public func site(_ id: String) -> String {
        framework?.site(id)?.name.text(in: language) ?? id
    }

    /// "Survivors, Lao Cai province": the only attribution a quote ever gets.
    public func attribution(_ quote: Quote) -> String {
        "\(group(quote.group)), \(site(quote.site))"
    }

    /// The label of a row of a breakdown by `dimension`.
    public func value(_ value: String, of dimension: String) -> String {
        switch value {
        case DisaggregationTable.notRecorded: return language == "vi" ? "không ghi nhận" : "not recorded"
        case DisaggregationTable.groupAnswer:
            return language == "vi" ? "câu trả lời chung của nhóm" : "FGD group answers"
        default: break
        }
        switch dimension {
        case "site": return site(value)
        case "group": return group(value)
        default:
            for instrument in project.instruments {
                guard let field = instrument.profileField(dimension) else { continue }
                switch field.kind {
                case .singleChoice(let options), .multipleChoice(let options):
                    if let option = options.first(where: { $0.value == value }) {
                        return option.label.text(in: language)
                    }
                default:
                    break
                }
            }
            return value
        }
    }
}
