import EvalKitCore
import Testing

@testable import evalkit

/// The exact words of every refusal a command makes before a library runs, as printed.
struct CommandErrorTests {
    @Test(arguments: [
        (CommandError.cannotCreateFolder("/x/keys"), "/x/keys: error: the folder cannot be created", 73),
        (.demoFoldersNotWritten("/x/demo"), "/x/demo: error: the demo project's folders could not be written.", 73),
        (
            .alreadyAProject("p", holding: ["Instruments", "Consent"]),
            "error: 'p' already holds a project (Instruments/, Consent/); nothing was changed.", 64
        ),
        (
            .noProjectKey(database: "p/Data/evalkit.sqlite"),
            "p/Data/evalkit.sqlite: error: the project database has no key yet", 65
        ),
        (
            .noStoredCodebook,
            "error: the project database has no codebook yet; run 'evalkit code auto' or code some answers first.", 65
        ),
        (.problemsFound(3), "error: 3 problems found; see above. Restore damaged data from a backup or a bundle.", 65),
        (.problemsFound(1), "error: 1 problem found; see above. Restore damaged data from a backup or a bundle.", 65),
        (
            .unknownInstrument("centre-staf", known: ["survivor", "centre-staff"]),
            "error: no guide with id 'centre-staf' in this project. Did you mean 'centre-staff'? "
                + "Known guides: centre-staff, survivor.", 64
        ),
        (.unknownInstrument("x", known: []), "error: no guide with id 'x' in this project. Known guides: none.", 64),
        (
            .unknownUnit("centr", known: ["centre", "outreach"]),
            "error: unknown unit 'centr'; use one of centre, outreach, unattributed, all. Did you mean 'centre'?", 64
        ),
        (
            .unknownTarget("relevanse", criteria: ["relevance", "impact"], questions: ["R1"]),
            "error: 'relevanse' is neither a criterion nor an evaluation question of the framework "
                + "(criteria: relevance, impact). Did you mean 'relevance'?", 64
        ),
        (
            .unknownBreakdown("sites", known: ["site", "group"]),
            "error: the rubric has no breakdown by 'sites' (it has site, group). Did you mean 'site'?", 64
        ),
        (
            .unknownTableDimension("grop", candidates: ["site", "unit", "group"]),
            "error: unknown --by 'grop'; use site, unit, group or field:ID. Did you mean 'group'?", 64
        ),
        (.unknownProfileField("age", known: []), "error: no instrument has a profile field 'age'.", 64),
        (.nothingToExport, "error: nothing to export: give --codebook FILE.qdc and/or --qdpx FILE.qdpx.", 64),
        (
            .codersNotNamed,
            "error: name the coders to compare with --coders A,B (or pass reliability data with --input FILE.csv).", 64
        ),
        (.unknownCoders(["C"], known: ["A", "B"]), "error: no coder 'C' in this project; coders: A, B.", 64),
        (.unknownCoders(["C", "D"], known: []), "error: no coder 'C', 'D' in this project; coders: none yet.", 64),
        (
            .emptyCoderName,
            "error: --coders has an empty name; list coder names separated by commas, e.g. --coders A,B.", 64
        ),
        (.oneCoder, "error: --coders names one coder; agreement needs two or more, e.g. --coders A,B.", 64),
    ])
    func isPrintedInItsOwnWords(error: CommandError, text: String, status: Int32) {
        #expect(error.description == text)
        #expect(error.exitStatus.rawValue == status)
    }
}
