import EvalKitCore
import EvalKitInstruments
import EvalKitStore
import EvalKitTestSupport
import Foundation
import Testing

/// The worked example of docs/scoring.md, as a project on disk and a store. Every number the
/// tests expect was worked out by hand in that document.
///
/// Coders A and B; the rubric counts a code when both applied it. Respondents:
/// north (centre): R1 survivor F 22, R2 survivor F 30, R3 family M 45, R4 social affairs F 40;
/// south (outreach): R5 survivor F 19, R6 survivor F 27, an FGD group answer (survivors),
/// R8 official M 50; capital (no unit): R9 official F 35.
struct WorkedExample {
    let folder: TemporaryDirectory
    let project: Project
    let store: ProjectStore
    /// Answer ids by name (a1 … a11), for checking quotes.
    let answers: [String: Int64]

    init(judgements: Bool = true) throws {
        folder = try TemporaryDirectory()
        var files: [String] = []
        var contents = [
            ("framework", WorkedExampleFiles.framework), ("codebook", WorkedExampleFiles.codebook),
            ("rubric", WorkedExampleFiles.rubric), ("guide", WorkedExampleFiles.guide),
            ("consent", WorkedExampleFiles.consent),
        ]
        if judgements { contents.append(("judgements", WorkedExampleFiles.judgements)) }
        for (name, text) in contents {
            let path = folder.path + "/\(name).xml"
            try Data(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + text).utf8).write(to: URL(fileURLWithPath: path))
            files.append(path)
        }
        let loaded = ProjectLoader().load(files: files, directory: folder.path)
        let errors = loaded.diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty else { throw ProjectFixtureError(diagnostics: errors) }
        project = loaded.project
        store = try ProjectStore(path: ProjectStore.path(inProject: folder.path))
        answers = try WorkedExampleData(into: store).answers
    }
}
