import EvalKitCore

/// Checks the analysts' files against the rest of the project: one rubric and one judgements
/// file, judged ratings that the rubric's scale defines, and disaggregation by profile fields
/// that the guides ask (an age band needs an integer field).
struct AnalysisCheck {
    let project: Project
    let rubricFiles: [String]
    let judgementFiles: [String]
    var findingFiles: [String] = []
    var narrativeFiles: [String] = []
    let ratingLocations: [SourceLocation]

    func run() -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for extra in rubricFiles.dropFirst() {
            diagnostics.append(
                Diagnostic(.error, "a project has one rubric; another is in \(rubricFiles[0])", file: extra))
        }
        for extra in judgementFiles.dropFirst() {
            diagnostics.append(
                Diagnostic(.error, "a project has one judgements file; another is in \(judgementFiles[0])", file: extra)
            )
        }
        for extra in findingFiles.dropFirst() {
            diagnostics.append(
                Diagnostic(.error, "a project has one findings file; another is in \(findingFiles[0])", file: extra))
        }
        for extra in narrativeFiles.dropFirst() {
            diagnostics.append(
                Diagnostic(.error, "a project has one narrative; another is in \(narrativeFiles[0])", file: extra))
        }
        diagnostics += checkFindings()
        diagnostics += checkRatings()
        diagnostics += checkDimensions()
        return diagnostics
    }

    /// A finding's evaluation questions should belong to its criterion; a slip, not fatal.
    private func checkFindings() -> [Diagnostic] {
        guard let framework = project.framework, let file = findingFiles.first else { return [] }
        var diagnostics: [Diagnostic] = []
        for finding in project.findings {
            guard let criterion = framework.criteria.first(where: { $0.id == finding.criterion }) else { continue }
            let own = Set(criterion.evaluationQuestions.map(\.id))
            let known = Set(framework.evaluationQuestions.map(\.id))
            for question in finding.evaluationQuestions where known.contains(question) && !own.contains(question) {
                diagnostics.append(
                    Diagnostic(
                        .warning,
                        "finding '\(finding.id)' is about \(finding.criterion) but names \(question), "
                            + "a question of another criterion", file: file))
            }
        }
        return diagnostics
    }

    private func checkRatings() -> [Diagnostic] {
        guard let rubric = project.rubric else {
            guard let file = judgementFiles.first, !project.judgements.isEmpty else { return [] }
            return [
                Diagnostic(
                    .warning,
                    "no rubric found (an Analysis/*.xml with a <rubric> root); judged ratings were not checked",
                    file: file)
            ]
        }
        var diagnostics: [Diagnostic] = zip(project.judgements, ratingLocations).compactMap { judgement, location in
            let (known, scale) =
                switch judgement.target {
                case .criterion: (rubric.scale.map(\.id), "on the rubric's scale")
                case .evaluationQuestion: (rubric.answers.map(\.id), "among the rubric's answers")
                }
            let allowed = known + [Judgement.insufficientEvidence]
            guard !allowed.contains(judgement.rating) else { return nil }
            return .error(
                "rating '\(judgement.rating)' is not \(scale) (\(allowed.joined(separator: ", ")))."
                    + Suggestion.didYouMean(judgement.rating, among: allowed), at: location)
        }
        if let framework = project.framework, let file = rubricFiles.first {
            let questions = framework.evaluationQuestions.map(\.id)
            for question in rubric.rollUp.weights.keys.sorted() where !questions.contains(question) {
                diagnostics.append(
                    .init(
                        .error,
                        "<rollUp> weighs '\(question)', which is no evaluation question of the framework."
                            + Suggestion.didYouMean(question, among: questions), file: file))
            }
        }
        return diagnostics
    }

    private func checkDimensions() -> [Diagnostic] {
        guard let rubric = project.rubric, !project.instruments.isEmpty else { return [] }
        var diagnostics: [Diagnostic] = []
        for dimension in rubric.dimensions {
            let fields: [ProfileField]
            switch dimension {
            case .field(let id), .ageBand(let id, _):
                fields = project.instruments.compactMap { $0.profileField(id) }
            case .site, .respondentGroup:
                continue
            }
            if fields.isEmpty {
                let known = Set(project.instruments.flatMap { $0.profile.map(\.id) }).sorted()
                diagnostics.append(
                    Diagnostic(
                        .warning,
                        "no guide has a profile field '\(dimension.id)' to break the evidence down by."
                            + Suggestion.didYouMean(dimension.id, among: known), file: rubric.file))
            } else if case .ageBand = dimension,
                !fields.contains(where: { if case .integer = $0.kind { true } else { false } })
            {
                diagnostics.append(
                    Diagnostic(
                        .error, "profile field '\(dimension.id)' holds no numbers, so it cannot be cut into age bands",
                        file: rubric.file))
            }
        }
        return diagnostics
    }
}
