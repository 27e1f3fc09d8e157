import EvalKitTestSupport
import Foundation
import Testing

struct CodeAutoCommandTests {
    @Test func everyAnswerIsCodedByTheCodebooksRules() throws {
        let project = try ScriptedProject.withOneInterview()
        let output = try EvalKitProcess.run(["code", "auto", "--project", project.path])
        #expect(output.status == 0)
        #expect(
            output.standardOutput
                == """
                Coded 1 of 3 answers: 2 segments by the coder 'rules'.
                CODE                    SEGMENTS
                experience.debt         1
                experience.forced-work  1

                """)
        // Not a terminal: progress comes as plain lines on standard error.
        #expect(output.standardError == "Auto-coding answers: 3 of 3 (100%)\n")
        let again = try EvalKitProcess.run(["code", "auto", "--project", project.path])
        #expect(again.standardOutput == output.standardOutput)
    }

    @Test func aRulesFileWithABadPatternIsRefusedWithItsPosition() throws {
        let project = try ScriptedProject.withOneInterview()
        let rules = try project.write(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <codingRules xmlns="urn:evalkit:1" id="extra" version="1">
              <rule code="experience.debt">
                <pattern>owe (money</pattern>
              </rule>
            </codingRules>
            """, to: "extra-rules.xml")
        let output = try EvalKitProcess.run(["code", "auto", "--project", project.path, "--rules", rules])
        #expect(output.status == 65)
        #expect(output.standardError.hasPrefix("\(rules):4:5: error: pattern 'owe (money' for code 'experience.debt'"))
    }

    @Test func aMissingRulesFileExits66() throws {
        let project = try ScriptedProject.withOneInterview()
        let output = try EvalKitProcess.run(["code", "auto", "--project", project.path, "--rules", "/nowhere.xml"])
        #expect(output.status == 66)
        #expect(output.standardError == "/nowhere.xml: error: no such file\n")
    }

    @Test func aProjectWithoutACodebookIsToldSo() throws {
        let project = try ScriptedProject.withOneInterview()
        try FileManager.default.removeItem(atPath: project.file("Instruments/codebook.xml"))
        let output = try EvalKitProcess.run(["code", "auto", "--project", project.path])
        #expect(output.status == 66)
        #expect(
            output.standardError == "error: the project has no codebook (an Instruments/*.xml with a <codebook> root)\n"
        )
    }
}
