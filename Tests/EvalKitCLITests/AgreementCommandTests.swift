import EvalKitTestSupport
import Foundation
import Testing

/// `evalkit agreement` end to end: output, JSON shape and exit statuses.
struct AgreementCommandTests {
    private static func fixture(_ name: String) -> String {
        Repository.path("Tests/EvalKitCodingTests/Fixtures/agreement/\(name)")
    }

    private static func object(_ output: EvalKitProcess.Output) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(output.standardOutput.utf8)) as? [String: Any])
    }

    // Krippendorff (2011) example C, written with CRLF, quoted names and columns out of order.
    @Test func textOutputRoundsToThreeDecimalsAndSaysUndefined() throws {
        let output = try EvalKitProcess.run(["agreement", "--input", Self.fixture("krippendorff-2011-c.csv")])
        #expect(output.status == 0)
        #expect(output.standardError == "")
        #expect(
            output.standardOutput == """
                units                 12
                coders                4
                percent agreement     0.818
                Cohen's kappa         undefined
                Fleiss' kappa         0.641
                Krippendorff's alpha  0.743
                Cohen's kappa compares exactly two coders; choose them with --coders A,B.

                """)
    }

    @Test func jsonHasEveryKeyWithNullWhereAStatisticDoesNotApply() throws {
        let output = try EvalKitProcess.run(
            ["agreement", "--input", Self.fixture("krippendorff-2011-c.csv"), "--format", "json"])
        #expect(output.status == 0)
        let object = try Self.object(output)
        #expect(
            object.keys.sorted() == [
                "coders", "cohensKappa", "fleissKappa", "krippendorffAlpha", "percentAgreement", "units",
            ])
        #expect(object["units"] as? Int == 12)
        #expect(object["coders"] as? Int == 4)
        #expect(object["cohensKappa"] is NSNull)
        // Full precision, as the reference implementations print it.
        #expect(output.standardOutput.contains(#""krippendorffAlpha" : 0.743421052631579,"#))
        #expect(output.standardOutput.contains(#""fleissKappa" : 0.6414565826330533,"#))
        #expect(output.standardOutput.contains(#""percentAgreement" : 0.8181818181818182,"#))
    }

    // Reference: reference.py, krippendorff2011CObserversBD (scikit-learn, statsmodels, krippendorff).
    @Test func codersSelectsTwoCodersForCohensKappa() throws {
        let output = try EvalKitProcess.run(
            ["agreement", "--input", Self.fixture("krippendorff-2011-c.csv"), "--coders", "B, D", "--format", "json"])
        #expect(output.status == 0)
        let object = try Self.object(output)
        #expect(object["coders"] as? Int == 2)
        #expect(object["units"] as? Int == 12)
        let expected = [
            "percentAgreement": 0.9, "cohensKappa": 0.8701298701298701, "fleissKappa": 0.869281045751634,
            "krippendorffAlpha": 0.8758169934640523,
        ]
        for (key, value) in expected {
            #expect(abs((object[key] as? Double ?? .nan) - value) <= 1e-9, "\(key)")
        }
    }

    @Test func everyoneAgreeingOnOneValueGivesNullsNotNaN() throws {
        let folder = try TemporaryDirectory()
        let path = try folder.write("unit,coder,value\nu1,A,yes\nu1,B,yes\nu2,A,yes\nu2,B,yes\n", to: "same.csv")
        let output = try EvalKitProcess.run(["agreement", "--input", path, "--format", "json"])
        #expect(output.status == 0)
        #expect(
            output.standardOutput == """
                {
                  "coders" : 2,
                  "cohensKappa" : null,
                  "fleissKappa" : null,
                  "krippendorffAlpha" : null,
                  "percentAgreement" : 1,
                  "units" : 2
                }

                """)
        let text = try EvalKitProcess.run(["agreement", "--input", path])
        #expect(!text.standardOutput.lowercased().contains("nan"))
        #expect(text.standardOutput.contains("Krippendorff's alpha  undefined"))
    }

    @Test func withoutInputOrCodersItAsksForOne() throws {
        let reference = try ScriptedProject.referenceCopy()
        let output = try EvalKitProcess.run(["agreement", "--project", reference.path])
        #expect(output.status == 64)
        #expect(output.standardOutput == "")
        #expect(
            output.standardError
                == "error: name the coders to compare with --coders A,B (or pass reliability data with "
                + "--input FILE.csv).\n")
    }

    @Test func anUnknownCoderIsAUsageErrorWithASuggestion() throws {
        let output = try EvalKitProcess.run(
            ["agreement", "--input", Self.fixture("random-5-coders.csv"), "--coders", "c1,c7"])
        #expect(output.status == 64)
        #expect(
            output.standardError
                == "error: no coder 'c7' in the reliability data. Did you mean 'c1'? Coders in the data: c1, c2, c3, "
                + "c4, c5.\n")
    }

    @Test func codersNeedsTwoNamesWithoutBlanks() throws {
        let one = try EvalKitProcess.run([
            "agreement", "--input", Self.fixture("random-5-coders.csv"), "--coders", "c1",
        ])
        #expect(one.status == 64)
        #expect(
            one.standardError == "error: --coders names one coder; agreement needs two or more, e.g. --coders A,B.\n")
        let blank = try EvalKitProcess.run(["agreement", "--coders", "c1,,c2"])
        #expect(blank.status == 64)
        #expect(
            blank.standardError
                == "error: --coders has an empty name; list coder names separated by commas, e.g. --coders A,B.\n")
    }

    @Test func invalidDataExits65WithFileLineColumnErrors() throws {
        let folder = try TemporaryDirectory()
        let path = try folder.write("unit,coder,value\nu1,A,yes\nu1,A,no\nu2,\"B,no\n", to: "round.csv")
        let output = try EvalKitProcess.run(["agreement", "--input", path])
        #expect(output.status == 65)
        #expect(output.standardOutput == "")
        #expect(
            output.standardError == """
                \(path):3:6: error: coder 'A' already gave unit 'u1' a different value; a coder gives each unit at \
                most one value.
                \(path):4:4: error: this quoted field is never closed; add the closing quote.

                """)
    }

    @Test func aMissingFileExits66() throws {
        let output = try EvalKitProcess.run(["agreement", "--input", "nowhere.csv"])
        #expect(output.status == 66)
        #expect(output.standardError == "nowhere.csv: error: no such file\n")
    }

    @Test func helpNamesEveryStatisticAndTheFileFormat() throws {
        let output = try EvalKitProcess.run(["agreement", "--help"])
        #expect(output.status == 0)
        let help = output.standardOutput.replacingOccurrences(of: "\n", with: " ")
        for phrase in [
            "Percent agreement", "Cohen's kappa", "Fleiss' kappa", "Krippendorff's alpha", "unit, coder and value",
            "--input <file.csv>", "--coders <A,B,…>", "--format <format>", "undefined",
        ] {
            #expect(help.contains(phrase), "\(phrase)")
        }
        let root = try EvalKitProcess.run(["--help"])
        #expect(root.standardOutput.contains("agreement"))
    }
}
