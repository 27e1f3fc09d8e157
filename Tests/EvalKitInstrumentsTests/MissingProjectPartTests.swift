import EvalKitCore
import EvalKitInstruments
import Testing

struct MissingProjectPartTests {
    @Test(arguments: [
        (
            MissingProjectPart.Part.framework,
            "error: the project has no framework (an Instruments/*.xml with a <framework> root)"
        ),
        (.codebook, "error: the project has no codebook (an Instruments/*.xml with a <codebook> root)"),
        (.rubric, "error: the project has no rubric: add Analysis/rubric.xml (see docs/scoring.md for the format)"),
        (.narrative, "error: the project has no narrative: add Report/narrative.xml (see docs/report.md)"),
    ])
    func eachMissingPartSaysWhereItGoes(part: MissingProjectPart.Part, text: String) {
        #expect(MissingProjectPart(part).description == text)
        #expect(MissingProjectPart(part).exitStatus == .noInput)
    }

    @Test func aProjectWithoutACodebookRefusesToGiveOne() {
        let project = Project(directory: "p", framework: nil, instruments: [], consentScripts: [])
        #expect(throws: MissingProjectPart(.codebook)) { _ = try project.requireCodebook() }
        #expect(throws: MissingProjectPart(.framework)) { _ = try project.requireFramework() }
    }
}
