import ArgumentParser
import EvalKitCore
import EvalKitInstruments
import EvalKitStore
import Foundation

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the project for damage: the database, every stored text, segments, guides.",
        discussion: """
            Run it before a report and after copying a project between machines. It reads only: \
            SQLite's integrity check of the database; that its schema is one this EvalKit knows; that \
            every stored text (answers, notes, profile values, memos) opens with the project key, so \
            none was altered; that every coded segment lies within its answer; and that the guide of \
            every session is still in Instruments/ and loads. Each problem is printed with where it is; \
            the exit status is 65 when there is any. --quick runs SQLite's quicker check and the guide \
            check only.

            Example: evalkit check --project my-evaluation
            """
    )

    @OptionGroup var projectOptions: ProjectOptions

    @Flag(help: "Only SQLite's quick check and the guides: fast on a large project.")
    var quick = false

    func run() throws {
        let layout = try projectOptions.layout()
        let loaded = ProjectLoader().load(layout)
        var problems = loaded.diagnostics.filter { $0.severity == .error }.map(\.description)
        let store = try openExistingStore(layout, access: .readOnly, verified: false)
        let database = ProjectStore.relativePath
        problems += try store.check(quick: quick).map { "\(database): \($0)" }
        let guides = Set(loaded.project.instruments.map(\.id))
        var missing: [String: Int] = [:]
        do {
            try store.forEachSession { session in
                if !guides.contains(session.instrumentID) { missing[session.instrumentID, default: 0] += 1 }
            }
        } catch let error as StoreError where !problems.isEmpty {
            // The damage found above can stop the walk; the list says more than the first failure.
            problems.append("\(database): the sessions could not all be read (\(error.sentence))")
        }
        for (guide, count) in missing.sorted(by: { $0.key < $1.key }) {
            problems.append(
                "\(database): \(count) sessions used guide '\(guide)', which is not in Instruments/ (or does not load)")
        }
        guard !problems.isEmpty else {
            print("No problems found (\(quick ? "quick check" : "database, texts, segments and guides")).")
            return
        }
        for problem in problems { print(problem) }
        throw CommandError.problemsFound(problems.count)
    }
}
