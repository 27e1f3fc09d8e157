import EvalKitCore

/// Checks what one file uses from another: consent scripts, and the framework's
/// evaluation questions, respondent groups and units. Also that ids are unique project-wide.
struct CrossReferenceCheck {
    let project: Project
    let frameworks: [Framework]

    func run(_ references: [Reference]) -> [Diagnostic] {
        var diagnostics = duplicateDocuments()
        let consentIDs = project.consentScripts.map(\.id)
        guard let framework = project.framework else {
            let needsFramework = references.contains { $0.kind != .consentScript }
            if needsFramework, let first = project.instruments.first {
                diagnostics.append(
                    Diagnostic(
                        .warning,
                        "no framework found (an Instruments/*.xml with a <framework> root); "
                            + "links to evaluation questions, groups and units were not checked", file: first.file))
            }
            return diagnostics
                + references.filter { $0.kind == .consentScript }.compactMap { check($0, known: consentIDs) }
        }
        let known: [Reference.Kind: [String]] = [
            .consentScript: consentIDs,
            .evaluationQuestion: framework.evaluationQuestions.map(\.id),
            .respondentGroup: framework.respondentGroups.map(\.id),
            .unit: framework.units.map(\.id),
        ]
        return diagnostics + references.compactMap { check($0, known: known[$0.kind] ?? []) }
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
        if frameworks.count > 1 {
            for extra in frameworks.dropFirst() {
                diagnostics.append(
                    Diagnostic(
                        .error, "a project has one framework; another is in \(frameworks[0].file)", file: extra.file))
            }
        }
        return diagnostics
    }
}
