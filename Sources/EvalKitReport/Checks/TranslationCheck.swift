public import EvalKitInstruments

/// Lists every project text a report in `language` would show in English because it has no
/// translation: per file and place, so a translator knows where to look.
public struct TranslationCheck: Sendable {
    /// One place with `count` untranslated texts, e.g. "finding 'centre-follow-up'".
    public struct Gap: Sendable, Equatable {
        public var file: String
        public var place: String
        public var count: Int
    }

    public let project: Project
    public let language: String

    public init(project: Project, language: String) {
        self.project = project
        self.language = language
    }

    /// Empty for English (every text has English) or a project fully translated.
    public func gaps() -> [Gap] {
        guard language != LocalizedText.fallbackLanguage else { return [] }
        var gaps: [Gap] = []
        func check(_ file: String, _ place: String, _ texts: [LocalizedText?]) {
            let missing = texts.compactMap { $0 }.filter { !$0.hasTranslation(language) }.count
            if missing > 0 { gaps.append(Gap(file: file, place: place, count: missing)) }
        }
        if let narrative = project.narrative {
            for section in narrative.sections where section.content[language] == nil {
                gaps.append(Gap(file: narrative.file, place: "section '\(section.id.rawValue)'", count: 1))
            }
        }
        for finding in project.findings {
            check(
                project.findingsFile ?? "findings", "finding '\(finding.id)'",
                [finding.title, finding.statement, finding.conclusion])
        }
        for judgement in project.judgements {
            check(
                project.judgementsFile ?? "judgements", "judgement of \(judgement.unit) × \(judgement.target.id)",
                [judgement.justification])
        }
        if let framework = project.framework {
            var texts: [LocalizedText?] = [framework.title]
            texts += framework.criteria.flatMap { [$0.name] + $0.evaluationQuestions.map(\.text) }
            texts += framework.units.flatMap { [$0.name, $0.description] }
            texts += framework.sites.map(\.name) + framework.respondentGroups.map(\.name)
            check(framework.file, "framework '\(framework.id)'", texts)
        }
        if let rubric = project.rubric {
            check(
                rubric.file, "rubric '\(rubric.id)'",
                [rubric.title] + rubric.answers.map(\.name) + rubric.scale.map(\.name))
        }
        if let codebook = project.codebook {
            for entry in codebook.allCodes { check(codebook.file, "code '\(entry.code.id)'", entry.code.texts) }
        }
        for instrument in project.instruments {
            check(instrument.file, "guide '\(instrument.id)'", instrument.allTexts)
        }
        for script in project.consentScripts {
            var texts = [script.title, script.privateSetting, script.question, script.attestation]
            texts += script.paragraphs.map(\.text) + script.guardian.paragraphs
            texts += [script.guardian.question, script.guardian.attestation, script.interpreterQuestion]
            check(script.file, "consent script '\(script.id)'", texts)
        }
        return gaps
    }
}
