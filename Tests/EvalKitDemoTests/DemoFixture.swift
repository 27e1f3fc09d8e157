import EvalKitCore
import EvalKitDemo
import EvalKitInstruments
import EvalKitStore
import EvalKitTestSupport
import Foundation

/// The reference project, and one demo build of it shared by the suites that only read it.
enum DemoFixture {
    static let seed: UInt64 = 2011

    static let project: Project = {
        let result = ProjectLoader().load(try! ProjectLayout(directory: Repository.root))
        return result.project
    }()

    struct Built: Sendable {
        let folder: TemporaryDirectory
        let store: ProjectStore
        let fieldwork: DemoFieldwork.Summary
        let secondCoder: SimulatedCoder.Summary
    }

    /// Built once, on first use, into a temporary database.
    static let built: Result<Built, any Error> = Result { try build(seed: seed) }

    static func build(seed: UInt64) throws -> Built {
        let folder = try TemporaryDirectory()
        let store = try ProjectStore(path: ProjectStore.path(inProject: folder.path))
        var context = DemoContext(project: project, store: store, seed: seed, directory: folder.path)
        try DemoPipeline.standard.run(&context) { ProgressReporter(label: $0, terminal: false) { _ in } }
        return Built(
            folder: folder, store: store, fieldwork: context.fieldwork ?? DemoFieldwork.Summary(),
            secondCoder: context.secondCoder ?? SimulatedCoder.Summary())
    }

    /// Every session of the built store.
    static func sessions(_ store: ProjectStore) throws -> [SessionRecord] {
        var sessions: [SessionRecord] = []
        try store.forEachSession { sessions.append($0) }
        return sessions
    }
}
