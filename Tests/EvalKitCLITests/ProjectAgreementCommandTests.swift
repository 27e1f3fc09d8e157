import EvalKitTestSupport
import Foundation
import Testing

struct ProjectAgreementCommandTests {
    @Test func unknownCodersAreAUsageErrorNamingThem() throws {
        let project = try ScriptedProject.withOneInterview()
        _ = try EvalKitProcess.run(["code", "auto", "--project", project.path])
        let output = try EvalKitProcess.run(["agreement", "--project", project.path, "--coders", "rules,B,admin"])
        #expect(output.status == 64)
        #expect(output.standardError == "error: no coder 'B', 'admin' in this project; coders: rules.\n")
        #expect(output.standardOutput.isEmpty)
    }

    @Test func aProjectWithoutADatabaseHasNoSessions() throws {
        let folder = try TemporaryDirectory()
        try FileManager.default.createDirectory(atPath: folder.file("Instruments"), withIntermediateDirectories: true)
        let output = try EvalKitProcess.run(["agreement", "--project", folder.path, "--coders", "A,B"])
        #expect(output.status == 64)
        #expect(
            output.standardError
                == "error: this project has no sessions yet; start one with 'evalkit interview start'.\n")
    }
}
