import EvalKitTestSupport
import Foundation
import Testing

struct ProjectAgreementCommandTests {
    @Test func codersAreComparedOnTheProjectsSegments() throws {
        let project = try ScriptedProject.withOneInterview()
        _ = try EvalKitProcess.run(["code", "auto", "--project", project.path])
        let output = try EvalKitProcess.run(["agreement", "--project", project.path, "--coders", "rules,B"])
        #expect(output.status == 0, "\(output.standardError)")
        let lines = output.standardOutput.split(separator: "\n")
        #expect(lines.first == "Coders: rules, B. One answer is one unit.")
        #expect(lines.dropFirst().first?.hasPrefix("CODE") == true)
        // B has reviewed nothing, so nothing can be compared: undefined, never NaN.
        #expect(lines.last?.hasPrefix("overall (whole code set)") == true)
        #expect(lines.last?.hasSuffix("undefined  undefined  undefined  undefined") == true)
        let json = try EvalKitProcess.run(
            ["agreement", "--project", project.path, "--coders", "rules,B", "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any]
        let codes = (object?["codes"] as? [[String: Any]])?.compactMap { $0["code"] as? String }
        #expect(codes == ["experience.forced-work", "experience.debt"])
        #expect((object?["overall"] as? [String: Any])?["cohensKappa"] is NSNull)
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
