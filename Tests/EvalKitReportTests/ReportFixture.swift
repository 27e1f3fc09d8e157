import EvalKitCoding
import EvalKitCore
import EvalKitInstruments
import EvalKitStore
import EvalKitTestSupport
import Foundation

/// docs/scoring.md's worked example as a project folder (Instruments/, Consent/, Analysis/,
/// Report/) with its store, plus what a report needs: FGD participants, a declined and a
/// withdrawn session, a sampling plan, a narrative and findings.
///
/// Sessions held with consent: north (centre) interviews with 2 survivors, 1 family member and
/// 1 social-affairs official; south (outreach) 2 survivors, 1 official and an FGD of 3
/// survivors; capital 1 official.
struct ReportFixture {
    let folder: TemporaryDirectory
    let project: Project
    let store: ProjectStore
    let respondentCodes: [String]
    let sessionIDs: [String]
    let answerIDs: [Int64]

    init(
        findings: String = ReportFixtureFiles.findings, rubric: String = ReportFixtureFiles.rubric,
        judgements: String = ReportFixtureFiles.judgements
    ) throws {
        folder = try TemporaryDirectory()
        let files = [
            ("Instruments/framework.xml", ReportFixtureFiles.framework),
            ("Instruments/codebook.xml", ReportFixtureFiles.codebook),
            ("Instruments/talk.xml", ReportFixtureFiles.guide), ("Consent/consent.xml", ReportFixtureFiles.consent),
            ("Analysis/rubric.xml", rubric), ("Analysis/judgements.xml", judgements),
            ("Analysis/findings.xml", findings),
            ("Report/narrative.xml", ReportFixtureFiles.narrative),
        ]
        for (name, text) in files {
            let path = folder.file(name)
            try FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + text).utf8).write(to: URL(fileURLWithPath: path))
        }
        let loaded = ProjectLoader().load(try ProjectLayout(directory: folder.path))
        let errors = loaded.diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty else { throw ProjectFixtureError(diagnostics: errors) }
        project = loaded.project
        let path = ProjectStore.path(inProject: folder.path)
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        store = try ProjectStore(path: path)
        if let codebook = project.codebook { try store.replaceCodebook(StoredCode.all(of: codebook)) }
        let data = try WorkedExampleData(
            into: store, options: .init(sessionPrefix: "session-", uniformProfiles: true, reportExtras: true))
        (respondentCodes, sessionIDs, answerIDs) = (data.respondentCodes, data.sessionIDs, data.answerIDs)
    }
}
