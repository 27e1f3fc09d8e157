import EvalKitTestSupport
import Foundation
import Testing

struct CodeWalkCommandTests {
    @Test func codeWithACoderWalksTheAnswersAndTwoCodersCanBeCompared() throws {
        let project = try ScriptedProject.withOneInterview()
        let coderA = try EvalKitProcess.run(
            ["code", "--project", project.path, "--coder", "A"], input: "\ndebt\n\nforced\n\n")
        #expect(coderA.status == 0, "\(coderA.standardError)")
        #expect(coderA.standardOutput.contains("Coding as A: 3 answers to go."))
        // Answer 1 gets no code, answer 2 debt, answer 3 forced work.
        #expect(coderA.standardOutput.hasSuffix("This time: 3 answers done, 2 codes added.\n"))
        let coderB = try EvalKitProcess.run(
            ["code", "walk", "--project", project.path, "--coder", "B"], input: "\ndebt\n\n\n")
        #expect(coderB.status == 0)
        let agreement = try EvalKitProcess.run(
            ["agreement", "--project", project.path, "--coders", "A,B", "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(agreement.standardOutput.utf8)) as? [String: Any]
        let codes = (object?["codes"] as? [[String: Any]])?.compactMap { $0["code"] as? String }
        #expect(codes == ["experience.forced-work", "experience.debt"])
        #expect((object?["overall"] as? [String: Any])?["units"] as? Int == 3)
    }

    @Test func theAutomaticCodersNameIsReserved() throws {
        let project = try ScriptedProject.withOneInterview()
        let output = try EvalKitProcess.run(["code", "--project", project.path, "--coder", "rules"])
        #expect(output.status == 64)
        #expect(output.standardError.contains("'rules' is the automatic coder's name; choose your own coder code."))
    }
}
