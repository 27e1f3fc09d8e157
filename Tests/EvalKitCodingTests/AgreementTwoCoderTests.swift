import EvalKitCore
import Testing

@testable import EvalKitCoding

/// Two coders take a loop of their own; it must give exactly the sums of the general one.
struct AgreementTwoCoderTests {
    @Test func theTwoCoderLoopGivesTheGeneralLoopsSums() {
        var random = SeededGenerator(seed: 7)
        for trial in 0..<50 {
            let units = (0..<Int.random(in: 1...400, using: &random)).map { "u\($0)" }
            let categories = (0..<Int.random(in: 1...5, using: &random)).map { "c\($0)" }
            var data = ReliabilityData(units: units, coders: ["A", "B"], categories: categories)
            for unit in units.indices {
                for coder in 0..<2 where Int.random(in: 0..<10, using: &random) > trial % 4 {
                    data.setCategory(Int.random(in: 0..<categories.count, using: &random), unit: unit, coder: coder)
                }
            }
            let fast = AgreementTally(data)
            let general = AgreementTally(data, specialisingTwoCoders: false)
            #expect(fast.unitsWithValues == general.unitsWithValues)
            #expect(fast.agreeingPairs == general.agreeingPairs)
            #expect(fast.pairableTotals == general.pairableTotals)
            #expect(fast.completeTotals == general.completeTotals)
            #expect(fast.firstCoderTotals == general.firstCoderTotals)
            #expect(fast.secondCoderTotals == general.secondCoderTotals)
        }
    }

    /// Hand-checked: units (A, B) = (x, x), (x, y), (y, y), (x, –), (–, –).
    @Test func aSmallCaseCountedByHand() {
        var data = ReliabilityData(units: ["1", "2", "3", "4", "5"], coders: ["A", "B"], categories: ["x", "y"])
        for (unit, pair) in [(0, 0), (0, 1), (1, 1), (0, nil), (nil, nil)].enumerated() {
            data.setCategory(pair.0, unit: unit, coder: 0)
            data.setCategory(pair.1, unit: unit, coder: 1)
        }
        let tally = AgreementTally(data)
        #expect(tally.unitsWithValues == [1, 1, 3])
        #expect(tally.agreeingPairs == [0, 0, 4])
        #expect(tally.pairableTotals == [3, 3])
        #expect(tally.firstCoderTotals == [2, 1])
        #expect(tally.secondCoderTotals == [1, 2])
        // α = 1 − (n − 1)(n − Σo_kk) / (n² − Σn_k²) = 1 − 5·(6 − 4) / (36 − 18) = 4/9.
        #expect(abs((tally.krippendorffAlpha ?? 0) - 4.0 / 9.0) < 1e-12)
    }
}
