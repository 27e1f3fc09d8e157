import EvalKitCoding
import Testing

/// Where a statistic is undefined or does not apply it is nil, never NaN; values from
/// Fixtures/agreement/reference.py, where the reference implementations give nan or refuse.
struct AgreementDegenerateTests {
    @Test func everyoneGivingOneValueIsFullAgreementButNoKappaOrAlpha() throws {
        let two = try AgreementFixtures.data([["yes", "yes", "yes", "yes"], ["yes", "yes", "yes", "yes"]])
        expectAgreement(two.agreement(), .of(units: 4, coders: 2, percent: 1, cohen: nil, fleiss: nil, alpha: nil))
        let three = try AgreementFixtures.data([
            ["yes", "yes", nil, "yes", "yes"], ["yes", nil, "yes", "yes", "yes"], ["yes", "yes", "yes", "yes", "yes"],
        ])
        expectAgreement(three.agreement(), .of(units: 5, coders: 3, percent: 1, cohen: nil, fleiss: nil, alpha: nil))
    }

    @Test func aSingleUnitOnWhichTwoCodersDisagree() throws {
        let data = try AgreementFixtures.data([["a"], ["b"]])
        expectAgreement(data.agreement(), .of(units: 1, coders: 2, percent: 0, cohen: 0, fleiss: -1, alpha: 0))
    }

    @Test func aSingleUnitOnWhichTwoCodersAgreeLeavesKappaAndAlphaUndefined() throws {
        let data = try AgreementFixtures.data([["a"], ["a"]])
        expectAgreement(data.agreement(), .of(units: 1, coders: 2, percent: 1, cohen: nil, fleiss: nil, alpha: nil))
    }

    @Test func allValuesMissingLeavesEveryStatisticUndefined() throws {
        let data = try AgreementFixtures.data([[nil, nil, nil], [nil, nil, nil]] as [[String?]])
        expectAgreement(data.agreement(), .of(units: 3, coders: 2, percent: nil, cohen: nil, fleiss: nil, alpha: nil))
    }

    @Test func oneCoderAloneHasNothingToAgreeWith() throws {
        let data = try AgreementFixtures.data([["a", "b", "a", "c"]])
        expectAgreement(data.agreement(), .of(units: 4, coders: 1, percent: nil, cohen: nil, fleiss: nil, alpha: nil))
    }

    @Test func noUnitRatedTwiceLeavesEveryStatisticUndefined() throws {
        let data = try AgreementFixtures.data([["a", nil, "b"], [nil, "a", nil]])
        expectAgreement(data.agreement(), .of(units: 3, coders: 2, percent: nil, cohen: nil, fleiss: nil, alpha: nil))
    }

    @Test func emptyDataHasNoUnitsAndNoStatistics() {
        expectAgreement(
            ReliabilityData().agreement(), .of(units: 0, coders: 0, percent: nil, cohen: nil, fleiss: nil, alpha: nil))
    }

    // Cohen's kappa compares two coders; with three it does not apply even when they agree in part.
    @Test func cohensKappaDoesNotApplyToThreeCoders() throws {
        let data = try AgreementFixtures.data([["a", "b"], ["a", "b"], ["a", "a"]])
        #expect(data.agreement().cohensKappa == nil)
        #expect(data.agreement().krippendorffAlpha != nil)
    }

    // Both coders used one value each, but not the same one: p_e = 0, so kappa is defined (and 0).
    @Test func cohensKappaIsDefinedWhenCodersUseDifferentSingleValues() throws {
        let data = try AgreementFixtures.data([["a", "a", "a"], ["b", "b", "b"]])
        expectAgreement(
            data.agreement(), .of(units: 3, coders: 2, percent: 0, cohen: 0, fleiss: -1, alpha: -0.6666666666666665))
    }

    @Test func undefinedStatisticsAreJSONNulls() throws {
        let data = try AgreementFixtures.data([["yes", "yes"], ["yes", "yes"]])
        let json = try String(decoding: sortedJSON(data.agreement()), as: UTF8.self)
        #expect(
            json
                == #"{"coders":2,"cohensKappa":null,"fleissKappa":null,"krippendorffAlpha":null,"#
                + #""percentAgreement":1,"units":2}"#)
    }
}
