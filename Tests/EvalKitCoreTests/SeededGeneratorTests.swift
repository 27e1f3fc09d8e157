import EvalKitCore
import Testing

/// Generated demo data must be the same on every machine: the generator is SplitMix64 and
/// labels are hashed with FNV-1a, both checked against their published reference values.
struct SeededGeneratorTests {
    @Test func splitMix64FromSeedZeroGivesTheReferenceSequence() {
        var generator = SeededGenerator(seed: 0)
        #expect(generator.next() == 0xE220_A839_7B1D_CDAF)
        #expect(generator.next() == 0x6E78_9E6A_A1B9_65F4)
        #expect(generator.next() == 0x06C4_5D18_8009_454F)
    }

    @Test func fnv1aMatchesTheReferenceHashes() {
        #expect(SeededGenerator.fnv1a("") == 0xCBF2_9CE4_8422_2325)
        #expect(SeededGenerator.fnv1a("a") == 0xAF63_DC4C_8601_EC8C)
        #expect(SeededGenerator.fnv1a("foobar") == 0x8594_4171_F739_67E8)
    }

    @Test func aLabelledGeneratorDependsOnlyOnSeedAndLabel() {
        var first = SeededGenerator(seed: 2011, label: "session 7")
        var second = SeededGenerator(seed: 2011, label: "session 7")
        var other = SeededGenerator(seed: 2011, label: "session 8")
        let a = (0..<4).map { _ in first.next() }
        #expect(a == (0..<4).map { _ in second.next() })
        #expect(a != (0..<4).map { _ in other.next() })
    }
}
