import EvalKitCoding
import EvalKitCore
import Testing

/// Building reliability data: encoding values, conflicts, choosing coders.
struct AgreementReliabilityDataTests {
    @Test func valuesAreEncodedOnceInTheOrderTheyAppear() throws {
        var data = ReliabilityData()
        try data.add(unit: "u1", coder: "A", value: "yes")
        try data.add(unit: "u1", coder: "B", value: "no")
        try data.add(unit: "u2", coder: "A", value: "yes")
        #expect(data.categories == ["yes", "no"])
        #expect(data.category(unit: 1, coder: 0) == 0)
        #expect(data.category(unit: 1, coder: 1) == nil)
    }

    // Adding a coder after many units lays the matrix out again; no value may move.
    @Test func aCoderAddedLateKeepsEveryEarlierValue() throws {
        var data = ReliabilityData()
        for unit in 0..<50 { try data.add(unit: "u\(unit)", coder: "A", value: "\(unit % 3)") }
        for unit in 0..<50 { try data.add(unit: "u\(unit)", coder: "B", value: "\(unit % 2)") }
        #expect((0..<50).allSatisfy { data.value(unit: $0, coder: 0) == "\($0 % 3)" })
        #expect((0..<50).allSatisfy { data.value(unit: $0, coder: 1) == "\($0 % 2)" })
    }

    @Test func aDifferentValueFromTheSameCoderIsAnError() throws {
        var data = ReliabilityData()
        try data.add(unit: "u1", coder: "A", value: "yes")
        #expect(throws: ReliabilityDataError(.conflictingValues(unit: "u1", coder: "A"))) {
            try data.add(unit: "u1", coder: "A", value: "no")
        }
        #expect(
            ReliabilityDataError(.conflictingValues(unit: "u1", coder: "A")).description
                == "error: coder 'A' already gave unit 'u1' a different value; a coder gives each unit at most one value."
        )
        #expect(ReliabilityDataError(.conflictingValues(unit: "u1", coder: "A")).exitStatus == .dataError)
    }

    @Test func selectingCodersKeepsEveryUnitAndTheNamedOrder() throws {
        let data = try AgreementFixtures.data([["a", nil], ["b", "c"], [nil, "d"]])
        let selection = try data.selecting(coders: ["c3", "c1"])
        #expect(selection.coders == ["c3", "c1"])
        #expect(selection.units == ["u1", "u2"])
        #expect(selection.value(unit: 0, coder: 1) == "a")
        #expect(selection.value(unit: 1, coder: 0) == "d")
        #expect(selection.value(unit: 1, coder: 1) == nil)
    }

    @Test func selectingAnUnknownOrRepeatedCoderIsAUsageError() throws {
        let data = try AgreementFixtures.data([["a"], ["b"]])
        #expect(throws: ReliabilityDataError(.unknownCoder("c3", known: ["c1", "c2"]))) {
            try data.selecting(coders: ["c1", "c3"])
        }
        let unknown = ReliabilityDataError(.unknownCoder("C1", known: ["c2", "c1"]))
        #expect(
            unknown.description
                == "error: no coder 'C1' in the reliability data. Did you mean 'c1'? Coders in the data: c1, c2.")
        #expect(unknown.exitStatus == .usage)
        #expect(throws: ReliabilityDataError(.coderNamedTwice("c1"))) { try data.selecting(coders: ["c1", "c1"]) }
    }

    @Test func integerCodedDataGivesTheSameAgreementAsNamedValues() throws {
        let named = try AgreementFixtures.data(AgreementReferenceTests.krippendorff2011C)
        var coded = ReliabilityData(units: named.units, coders: named.coders, categories: named.categories)
        for unit in named.units.indices {
            for coder in named.coders.indices {
                coded.setCategory(named.category(unit: unit, coder: coder), unit: unit, coder: coder)
            }
        }
        #expect(coded.agreement() == named.agreement())
    }
}
