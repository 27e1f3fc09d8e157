import EvalKitTestSupport
import Testing

/// Every error a person sees looks the same: "error: " and a sentence in lower case, on
/// standard error, with exit 64 for wrong usage, whether EvalKit or the argument parser
/// found the mistake.
struct UsageErrorTests {
    @Test func aMissingArgumentIsWordedLikeEveryOtherError() throws {
        let output = try EvalKitProcess.run(["score", "explain", "centre"])
        #expect(output.status == 64)
        #expect(output.standardError.hasPrefix("error: missing expected argument '<target>'\n"))
        #expect(output.standardError.contains("Usage: evalkit score explain"))
        #expect(output.standardOutput.isEmpty)
    }

    @Test func anUnknownOptionIsWordedLikeEveryOtherError() throws {
        let output = try EvalKitProcess.run(["report", "--colour", "red"])
        #expect(output.status == 64)
        #expect(output.standardError.hasPrefix("error: unknown option '--colour'"))
    }

    @Test func aCommandsOwnValidationIsWordedTheSameWay() throws {
        let output = try EvalKitProcess.run(["code", "walk", "--coder", "rules"])
        #expect(output.status == 64)
        #expect(
            output.standardError.hasPrefix(
                "error: 'rules' is the automatic coder's name; choose your own coder code.\n"))
    }

    @Test func helpStillGoesToStandardOutput() throws {
        let output = try EvalKitProcess.run(["report", "--help"])
        #expect(output.status == 0)
        #expect(output.standardOutput.contains("--final"))
        #expect(output.standardError.isEmpty)
    }
}
