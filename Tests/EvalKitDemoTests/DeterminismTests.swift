import EvalKitDemo
import EvalKitStore
import Testing

struct DeterminismTests {
    let specs: [DemoSessionSpec]

    init() throws {
        specs = try ReferenceSample.sessions(for: DemoFixture.project)
    }

    private func scripts(seed: UInt64) throws -> [ScriptBuilder.Script] {
        try specs.map { try DemoFieldwork.script(for: $0, in: DemoFixture.project, seed: seed) }
    }

    @Test func theSameSeedGivesTheSameScripts() throws {
        #expect(try scripts(seed: 7) == scripts(seed: 7))
    }

    @Test func anotherSeedGivesOtherAnswers() throws {
        let first = try scripts(seed: 7)
        let second = try scripts(seed: 8)
        let differing = zip(first, second).filter { $0.texts.map(\.text) != $1.texts.map(\.text) }.count
        #expect(differing == specs.count)
    }

    // The store holds exactly the scripted answers: the texts are the seed's, nothing else.
    @Test func theStoreHoldsTheScriptedTexts() throws {
        let built = try DemoFixture.built.get()
        let scripted = try scripts(seed: DemoFixture.seed).flatMap { $0.texts.map(\.text) }
        var stored: [String] = []
        for session in try DemoFixture.sessions(built.store) {
            for answer in try built.store.answers(sessionID: session.id) where answer.status == .answered {
                if let value = answer.value, scripted.contains(value) { stored.append(value) }
            }
        }
        #expect(stored.sorted() == scripted.sorted())
    }
}
