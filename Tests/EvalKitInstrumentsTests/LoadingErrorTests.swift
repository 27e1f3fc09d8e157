import EvalKitCore
import EvalKitInstruments
import EvalKitTestSupport
import Foundation
import Testing

/// Each broken fixture reproduces one problem; the exact message and position are the contract.
struct LoadingErrorTests {
    @Test func theMiniProjectIsValid() throws {
        let result = ProjectLoader().load(try ProjectLayout(directory: Fixtures.miniProject))
        #expect(result.diagnostics.map(\.description) == [])
        #expect(result.project.instruments.map(\.id) == ["guide"])
        #expect(result.project.consentScripts.map(\.id) == ["consent"])
        #expect(result.project.framework?.id == "mini")
        #expect(result.project.codebook?.id == "mini-codes")
    }

    @Test(arguments: [
        (
            "duplicate-question-id.xml",
            "broken/duplicate-question-id.xml:17:15: error: id 'work.current' is used twice (first at line 14); question and field ids must be unique"
        ),
        (
            "condition-on-later-question.xml",
            "broken/condition-on-later-question.xml:22:13: error: condition of 'work.reasons' refers to 'work.later', which is asked later; conditions may only use earlier answers"
        ),
        (
            "condition-on-itself.xml",
            "broken/condition-on-itself.xml:21:13: error: condition of 'work.reasons' refers to 'work.reasons', which is not asked before it; conditions may only use earlier answers"
        ),
        (
            "condition-on-unknown-question.xml",
            "broken/condition-on-unknown-question.xml:21:13: error: unknown question 'work.curent' in condition of 'work.reasons'. Did you mean 'work.current'?"
        ),
        (
            "condition-value-not-an-option.xml",
            "broken/condition-value-not-an-option.xml:21:32: error: 'nope' is not an option of 'work.current' (options: yes, no). Did you mean 'no'?"
        ),
        (
            "condition-test-does-not-fit-answer.xml",
            "broken/condition-test-does-not-fit-answer.xml:21:32: error: condition of 'work.reasons' uses 'atLeast' on 'work.current', a 'yesno' answer; use equals or notEquals"
        ),
        (
            "link-to-unknown-evaluation-question.xml",
            "broken/link-to-unknown-evaluation-question.xml:17:51: error: unknown evaluation question 'R2' in question 'work.reasons'. Did you mean 'R1'?"
        ),
        (
            "missing-consent-script.xml",
            "broken/missing-consent-script.xml:2:117: error: instrument 'guide' requires consent script 'consent-v2', which is not in the project (consent scripts: consent). Did you mean 'consent'?"
        ),
        (
            "missing-english-text.xml",
            "broken/missing-english-text.xml:15:7: error: <prompt> has no English text (<text xml:lang=\"en\">)"
        ),
        (
            "single-without-enough-options.xml",
            "broken/single-without-enough-options.xml:17:33: error: a 'multiple' question needs at least two <option> elements, found 1"
        ),
        (
            "unknown-answer-kind.xml",
            "broken/unknown-answer-kind.xml:14:33: error: Element 'question', attribute 'answer': [facet 'enumeration'] The value 'boolean' is not an element of the set {'text', 'yesno', 'single', 'multiple', 'integer'}."
        ),
        (
            "wrong-namespace.xml",
            "broken/wrong-namespace.xml:2:1: error: <instrument> is in namespace 'urn:evalkit:2'; EvalKit files use xmlns=\"urn:evalkit:1\""
        ),
        ("empty.xml", "broken/empty.xml:1:1: error: the file is empty; expected an XML document"),
        ("binary.xml", "broken/binary.xml:1:1: error: Start tag expected, '<' not found"),
    ])
    func brokenFileGetsExactlyOneClearMessage(file: String, expected: String) throws {
        #expect(try Fixtures.diagnostics(ofBroken: file) == [expected])
    }

    @Test(arguments: ["billion-laughs.xml", "external-entity.xml"])
    func entityTricksAreRefusedAtTheDoctype(file: String) throws {
        #expect(
            try Fixtures.diagnostics(ofBroken: file) == [
                "broken/\(file):2:1: error: DOCTYPE declarations are not allowed: EvalKit files need no DTD, "
                    + "and a DTD can hide entity expansion or references to outside files"
            ])
    }

    @Test func everyProblemIsReportedNotOnlyTheFirst() throws {
        #expect(
            try Fixtures.diagnostics(ofBroken: "unknown-respondent-group-and-unit.xml") == [
                "broken/unknown-respondent-group-and-unit.xml:2:75: error: unknown respondent group 'survivors' in instrument 'guide'. Did you mean 'survivor'?",
                "broken/unknown-respondent-group-and-unit.xml:2:104: error: unknown unit of evaluation 'outreach' in instrument 'guide'.",
            ])
    }

    @Test func truncatedFileIsReportedWhereItEnds() throws {
        let found = try Fixtures.diagnostics(ofBroken: "truncated.xml")
        #expect(!found.isEmpty)
        #expect(found.allSatisfy { $0.hasPrefix("broken/truncated.xml:13:") })
    }

    @Test func missingFileIsADiagnosticNotACrash() {
        let result = ProjectLoader().load(files: ["/nonexistent/guide.xml"])
        #expect(result.diagnostics.map(\.description) == ["/nonexistent/guide.xml: error: no such file"])
    }

    @Test func hugeFileIsRefusedBeforeItIsRead() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path + "/huge.xml"
        // A sparse file: its size exceeds the limit without writing 16 MiB.
        #expect(FileManager.default.createFile(atPath: path, contents: Data("<a>".utf8)))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: UInt64(ProjectLoader.fileSizeLimit + 1))
        try handle.close()
        let result = ProjectLoader().load(files: [path])
        #expect(
            result.diagnostics.map(\.description) == [
                "\(path): error: file is too large (16777217 bytes; the limit is 16777216 bytes)"
            ])
    }

    @Test func deeplyNestedFileIsAClearError() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path + "/deep.xml"
        let text = String(repeating: "<a>", count: 100_000) + String(repeating: "</a>", count: 100_000)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let result = ProjectLoader().load(files: [path])
        #expect(result.diagnostics.contains { $0.message == "elements are nested too deeply (more than 256 levels)" })
    }
}
