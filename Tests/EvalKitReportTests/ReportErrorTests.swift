import EvalKitCore
import EvalKitReport
import Testing

struct ReportErrorTests {
    @Test(arguments: [
        (ReportError.unsupportedLanguage("fr"), "error: language 'fr' is not supported; use en or vi", 64),
        (
            .noDatabase(relativePath: "Data/evalkit.sqlite"),
            "error: the project has no database yet (Data/evalkit.sqlite): run interviews or import coding first", 66
        ),
        (
            .checksRemain(["finding F3 says positive", "summary lacks vi"]),
            "error: the report still has 2 analyst checks, so --final wrote nothing:\n"
                + "  - finding F3 says positive\n  - summary lacks vi", 65
        ),
        (.checksRemain(["one"]), "error: the report still has 1 analyst check, so --final wrote nothing:\n  - one", 65),
        (
            .damagedProject(["segment 1 (answer 2): its range 0..<500 lies outside its answer of 9 characters"]),
            "error: the project database has 1 problem, so --final wrote nothing (restore damaged data from a backup "
                + "or a bundle):\n  - segment 1 (answer 2): its range 0..<500 lies outside its answer of 9 characters",
            65
        ),
        (.xmlNotWritten("disk"), "error: the report XML could not be written (a bug in EvalKit): disk", 70),
        (
            .schemaMismatch("line 3"),
            "error: the report XML does not match report.xsd, so it was not written (a bug in EvalKit): line 3", 70
        ),
    ])
    func eachRefusalHasItsWords(error: ReportError, text: String, status: Int32) {
        #expect(error.description == text)
        #expect(error.exitStatus.rawValue == status)
    }
}
