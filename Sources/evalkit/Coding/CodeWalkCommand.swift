import ArgumentParser
import EvalKitCoding
import EvalKitCore
import EvalKitFieldwork
import EvalKitInstruments
import EvalKitStore
import EvalKitTerminal
import Foundation

struct CodeWalkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "walk",
        abstract: "Code answers in the terminal, one at a time (the default of 'evalkit code').",
        discussion: """
            Shows each answer you have not yet been through, with its guide, question, site and group, \
            and its words numbered. Type code numbers or part of a code's name to apply codes to the whole \
            answer; add w3-7 to code words 3 to 7 only. Enter moves to the next answer. :undo, :memo TEXT, \
            :codes, :back, :stop and :help work at the prompt. Everything is saved at once; run the same \
            command again to go on. Nothing another coder did is shown or changed.
            """
    )

    @OptionGroup var projectOptions: ProjectOptions

    @Option(help: ArgumentHelp("Your coder code, such as A or C-02 (never a name).", valueName: "code"))
    var coder: String

    @Option(help: ArgumentHelp("Only answers to this guide.", valueName: "id"))
    var instrument: String?

    @Option(help: ArgumentHelp("Only answers to this question.", valueName: "id"))
    var question: String?

    @Option(help: ArgumentHelp("Only answers from this site.", valueName: "site"))
    var site: String?

    @OptionGroup var inputOptions: InputOptions

    func validate() throws {
        guard CoderCode.isValid(coder) else { throw ValidationError(CoderCode.problem(coder, role: "coder")) }
        guard coder.lowercased() != AutoCodingRun.coder else {
            throw ValidationError("'\(AutoCodingRun.coder)' is the automatic coder's name; choose your own coder code.")
        }
    }

    func run() throws {
        let layout = try projectOptions.layout()
        let project = try loadValidProject(layout)
        if let instrument, project.instrument(instrument) == nil {
            throw CommandError.unknownInstrument(instrument, known: project.instruments.map(\.id))
        }
        let codebook = try project.requireCodebook()
        let store = try openExistingStore(layout)
        let codes = StoredCode.all(of: codebook)
        try store.replaceCodebook(codes)
        let walk = CodingWalk(
            store: store, coder: coder,
            filter: AnswerFilter(instrumentID: instrument, questionID: question, siteID: site),
            codes: codes, input: try inputOptions.lineSource(), screen: Screen.standardOutput(),
            questionText: { instrument, question in project.instrument(instrument)?.question(question)?.prompt.english }
        )
        let summary = try walk.run()
        try audit(
            store, "code.manual", target: "\(summary.answersDone) answers, \(summary.segmentsAdded) codes added",
            actor: coder)
        print("\nThis time: \(summary.answersDone) answers done, \(summary.segmentsAdded) codes added.")
    }
}
