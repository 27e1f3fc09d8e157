import EvalKitCore

/// Checks what one file uses from another: consent scripts, the framework's criteria,
/// evaluation questions, respondent groups and units, and the codebook's codes. Also that ids
/// are unique project-wide and that there is at most one framework and one codebook.
struct CrossReferenceCheck {
    let project: Project
    let frameworks: [Framework]
    var codebooks: [Codebook] = []

    /// Kinds of id that only the framework defines.
    private static let frameworkKinds: Set<Reference.Kind> = [.evaluationQuestion, .respondentGroup, .unit, .criterion]

    func run(_ references: [Reference]) -> [Diagnostic] {
        var diagnostics = duplicateDocuments()
        var known: [Reference.Kind: [String]] = [.consentScript: project.consentScripts.map(\.id)]
        if let framework = project.framework {
            known[.evaluationQuestion] = framework.evaluationQuestions.map(\.id)
            known[.respondentGroup] = framework.respondentGroups.map(\.id)
            known[.unit] = framework.units.map(\.id)
            known[.criterion] = framework.criteria.map(\.id)
        } else if let first = references.first(where: { Self.frameworkKinds.contains($0.kind) }) {
            let file = project.instruments.first?.file ?? first.location.file
            diagnostics.append(
                Diagnostic(
                    .warning,
                    "no framework found (an Instruments/*.xml with a <framework> root); "
                        + "links to criteria, evaluation questions, groups and units were not checked", file: file))
        }
        if let codebook = project.codebook {
            known[.code] = codebook.allCodes.map(\.code.id)
        } else if let first = references.first(where: { $0.kind == .code }) {
            diagnostics.append(
                Diagnostic(
                    .warning,
                    "no codebook found (an Instruments/*.xml with a <codebook> root); "
                        + "the codes named by coding rules were not checked", file: first.location.file))
        }
        return diagnostics
            + references.compactMap { reference in
                known[reference.kind].flatMap { check(reference, known: $0) }
            }
    }

    private func check(_ reference: Reference, known: [String]) -> Diagnostic? {
        guard !known.contains(reference.id) else { return nil }
        if reference.kind == .consentScript {
            return .error(
                "\(reference.owner) requires consent script '\(reference.id)', which is not in the project "
                    + "(consent scripts: \(known.isEmpty ? "none" : known.joined(separator: ", ")))."
                    + Suggestion.didYouMean(reference.id, among: known), at: reference.location)
        }
        return .error(
            "unknown \(reference.kind.rawValue) '\(reference.id)' in \(reference.owner)."
                + Suggestion.didYouMean(reference.id, among: known), at: reference.location)
    }

    private func duplicateDocuments() -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        func report(_ kind: String, _ items: [(id: String, file: String)]) {
            var first: [String: String] = [:]
            for item in items {
                if let earlier = first[item.id] {
                    diagnostics.append(
                        Diagnostic(.error, "\(kind) id '\(item.id)' is also used by \(earlier)", file: item.file))
                } else {
                    first[item.id] = item.file
                }
            }
        }
        report("instrument", project.instruments.map { ($0.id, $0.file) })
        report("consent script", project.consentScripts.map { ($0.id, $0.file) })
        report("coding rules", project.codingRules.map { ($0.id, $0.file) })
        func reportExtra(_ kind: String, _ files: [String]) {
            for extra in files.dropFirst() {
                diagnostics.append(
                    Diagnostic(.error, "a project has one \(kind); another is in \(files[0])", file: extra))
            }
        }
        reportExtra("framework", frameworks.map(\.file))
        reportExtra("codebook", codebooks.map(\.file))
        return diagnostics
    }
}
