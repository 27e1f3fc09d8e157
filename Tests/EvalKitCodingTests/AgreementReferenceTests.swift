import EvalKitCoding
import Testing

/// Every statistic against published worked examples and the reference implementations: the
/// numbers come from Fixtures/agreement/reference.py (krippendorff 0.9.0, scikit-learn 1.9.1,
/// statsmodels 0.15.0), whose output is pasted at its end.
struct AgreementReferenceTests {
    private static let none: Int? = nil

    // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", example C: 4 observers,
    // 12 units, missing values; the paper's nominal alpha is 0.743.
    static let krippendorff2011C: [[Int?]] = [
        [1, 2, 3, 3, 2, 1, 4, 1, 2, none, none, none],
        [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, none, 3],
        [none, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, none],
        [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, none],
    ]

    @Test func krippendorffsExampleWithMissingValuesGivesHisPublishedAlpha() throws {
        let result = try AgreementFixtures.data(Self.krippendorff2011C).agreement()
        expectAgreement(
            result,
            .of(
                units: 12, coders: 4, percent: 0.8181818181818182, cohen: nil, fleiss: 0.6414565826330533,
                alpha: 0.743421052631579))
        #expect((result.krippendorffAlpha! * 1000).rounded() == 743)
    }

    // Example A: binary, 2 observers, 10 units; published alpha 0.095.
    @Test func krippendorffsBinaryExampleGivesHisPublishedAlpha() throws {
        let data = try AgreementFixtures.data([[0, 1, 0, 0, 0, 0, 0, 0, 1, 0], [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]])
        expectAgreement(
            data.agreement(),
            .of(
                units: 10, coders: 2, percent: 0.6, cohen: 0.09090909090909094, fleiss: 0.04761904761904766,
                alpha: 0.09523809523809534))
    }

    // Example B: nominal, 2 observers, 12 units; published alpha 0.692. Cohen's kappa as scikit-learn.
    @Test func krippendorffsNominalTwoObserverExampleMatchesHisAlphaAndScikitLearnsKappa() throws {
        let data = try AgreementFixtures.data(["aabbdcccedda", "babbbccceddd"].map { $0.map { String($0) } })
        expectAgreement(
            data.agreement(),
            .of(
                units: 12, coders: 2, percent: 0.75, cohen: 0.6842105263157895, fleiss: 0.6785714285714286,
                alpha: 0.6919642857142858))
    }

    // The krippendorff package's docstring example: 3 coders, 15 units, two of them with no value.
    @Test func unitsWithOneValueOrNoneAreLeftOutOfAlphaAsTheKrippendorffPackageDoes() throws {
        let none = Self.none
        let data = try AgreementFixtures.data([
            [none, none, none, none, none, 3, 4, 1, 2, 1, 1, 3, 3, none, 3],
            [1, none, 2, 1, 3, 3, 4, 3, none, none, none, none, none, none, none],
            [none, none, 2, 1, 3, 4, 4, none, 2, 1, 1, 3, 3, none, 4],
        ])
        expectAgreement(
            data.agreement(),
            .of(
                units: 15, coders: 3, percent: 0.7777777777777778, cohen: nil, fleiss: 0.24999999999999986,
                alpha: 0.691358024691358))
    }

    @Test func cohensKappaUsesTheUnitsBothCodersRatedAsScikitLearnDoes() throws {
        let first = "pos neg neu pos pos neg neu neu pos neg pos pos neg neu - pos neg neg pos neu"
        let second = "pos neg pos pos neg neg neu - pos neg pos neu neg neu neu pos - neg pos pos"
        let columns = [first, second].map { line in line.split(separator: " ").map { $0 == "-" ? nil : String($0) } }
        expectAgreement(
            try AgreementFixtures.data(columns).agreement(),
            .of(
                units: 20, coders: 2, percent: 0.7647058823529411, cohen: 0.6284153005464481,
                fleiss: 0.6273972602739726, alpha: 0.6383561643835616))
    }

    // Wikipedia, "Fleiss' kappa": 10 subjects, 14 raters, 5 categories; kappa 0.210.
    @Test func fleissKappaMatchesWikipediasWorkedExample() throws {
        let table = [
            [0, 0, 0, 0, 14], [0, 2, 6, 4, 2], [0, 0, 3, 5, 6], [0, 3, 9, 2, 0], [2, 2, 8, 1, 1],
            [7, 7, 0, 0, 0], [3, 2, 6, 3, 0], [2, 5, 3, 2, 2], [6, 5, 2, 1, 0], [0, 2, 2, 3, 7],
        ]
        let result = try AgreementFixtures.data(AgreementFixtures.expand(table)).agreement()
        expectAgreement(
            result,
            .of(
                units: 10, coders: 14, percent: 0.378021978021978, cohen: nil, fleiss: 0.20993070442195522,
                alpha: 0.21557405653322692))
        #expect((result.fleissKappa! * 1000).rounded() == 210)
    }

    // Fleiss (1971): 30 patients, 6 psychiatrists, 5 diagnoses; kappa 0.430.
    @Test func fleissKappaMatchesFleiss1971() throws {
        let patients = [
            [4, 4, 4, 4, 4, 4], [2, 2, 2, 5, 5, 5], [2, 3, 3, 3, 3, 5], [5, 5, 5, 5, 5, 5], [2, 2, 2, 4, 4, 4],
            [1, 1, 3, 3, 3, 3], [3, 3, 3, 3, 5, 5], [1, 1, 3, 3, 3, 4], [1, 1, 4, 4, 4, 4], [5, 5, 5, 5, 5, 5],
            [1, 4, 4, 4, 4, 4], [1, 2, 4, 4, 4, 4], [2, 2, 2, 3, 3, 3], [1, 4, 4, 4, 4, 4], [2, 2, 4, 4, 4, 5],
            [3, 3, 3, 3, 3, 5], [1, 1, 1, 4, 5, 5], [1, 1, 1, 1, 1, 2], [2, 2, 4, 4, 4, 4], [1, 3, 3, 5, 5, 5],
            [5, 5, 5, 5, 5, 5], [2, 4, 4, 4, 4, 4], [2, 2, 4, 5, 5, 5], [1, 1, 4, 4, 4, 4], [1, 4, 4, 4, 4, 5],
            [2, 2, 2, 2, 2, 4], [1, 1, 1, 1, 5, 5], [2, 2, 4, 4, 4, 4], [1, 3, 3, 3, 3, 3], [5, 5, 5, 5, 5, 5],
        ]
        let columns: [[Int?]] = (0..<6).map { coder in patients.map { $0[coder] } }
        let result = try AgreementFixtures.data(columns).agreement()
        expectAgreement(
            result,
            .of(
                units: 30, coders: 6, percent: 0.5555555555555556, cohen: nil, fleiss: 0.43024452006014074,
                alpha: 0.4334098282820289))
        #expect((result.fleissKappa! * 1000).rounded() == 430)
    }

    // Fleiss' kappa counts only unit 1 (the one every coder rated); alpha counts units 1-4.
    @Test func fleissKappaUsesOnlyUnitsEveryCoderRated() throws {
        let data = try AgreementFixtures.data([["a", "a", "b", nil], ["a", "b", nil, "b"], ["b", nil, "b", "a"]])
        expectAgreement(
            data.agreement(),
            .of(
                units: 4, coders: 3, percent: 0.3333333333333333, cohen: nil, fleiss: -0.5000000000000001,
                alpha: -0.19999999999999996))
    }

    @Test func randomDataWithFiveCodersMatchesTheReferenceImplementations() throws {
        let data = try ReliabilityCSVReader.read(path: AgreementFixtures.path("random-5-coders.csv"))
        expectAgreement(
            data.agreement(),
            .of(
                units: 200, coders: 5, percent: 0.5978003384094748, cohen: nil, fleiss: 0.4137349698505012,
                alpha: 0.452763573533959))
        expectAgreement(
            try data.selecting(coders: ["c1", "c2"]).agreement(),
            .of(
                units: 200, coders: 2, percent: 0.5652173913043478, cohen: 0.41854585903529173,
                fleiss: 0.41721988547103833, alpha: 0.4197537120559468))
    }

    @Test func statisticsDoNotDependOnTheOrderOfCodersOrUnits() throws {
        let data = try AgreementFixtures.data(Self.krippendorff2011C)
        let reversedCoders = try data.selecting(coders: data.coders.reversed()).agreement()
        var reversedUnits = ReliabilityData()
        for unit in data.units.indices.reversed() {
            for coder in data.coders.indices {
                try reversedUnits.add(
                    unit: data.units[unit], coder: data.coders[coder], value: data.value(unit: unit, coder: coder))
            }
        }
        expectAgreement(reversedCoders, data.agreement())
        expectAgreement(reversedUnits.agreement(), data.agreement())
    }
}
