import EvalKitCore
import Testing

/// Every error and diagnostic is put together in one place: "PLACE: error: sentence", or
/// "error: sentence" when it is about the command as a whole.
struct ErrorLineTests {
    private struct Refusal: EvalKitError {
        var location: String?
        var exitStatus: EvalKitCore.ExitStatus { .dataError }
        var sentence: String { "the value is out of range" }
    }

    @Test func anErrorWithAPlaceNamesItFirst() {
        #expect(Refusal(location: "rubric.xml:4:7").description == "rubric.xml:4:7: error: the value is out of range")
    }

    @Test func anErrorWithoutAPlaceStartsWithError() {
        #expect(Refusal(location: nil).description == "error: the value is out of range")
    }

    @Test func diagnosticsUseTheSameLineWithTheirSeverity() {
        let location = SourceLocation(file: "guide.xml", line: 3, column: 9)
        #expect(
            Diagnostic(.warning, "no Vietnamese text", at: location).description
                == "guide.xml:3:9: warning: no Vietnamese text")
        #expect(Diagnostic(.error, "not XML", file: "a.xml").description == "a.xml: error: not XML")
        #expect(Diagnostic(.note, "skipped", file: nil).description == "note: skipped")
    }

    @Test func errorsThatWrapAFileErrorKeepItsPlace() {
        let error = FileReadError(path: "notes.txt", reason: .missing)
        #expect(error.location == "notes.txt")
        #expect(error.description == "notes.txt: error: no such file")
    }

    @Test func aListOfDiagnosticsPrintsEachOnItsOwnLine() {
        let error = DiagnosticsError([
            .error("first", at: SourceLocation(file: "a.xml", line: 1, column: 2)),
            Diagnostic(.error, "second", file: "b.xml"),
        ])
        #expect(error.description == "a.xml:1:2: error: first\nb.xml: error: second")
        #expect(error.sentence == "2 problems")
    }
}
