import EvalKitTerminal
import Testing

/// What the interviewer and the coder see, and the lines a script feeds them.
struct TerminalTests {
    private final class Output: @unchecked Sendable {
        var text = ""
    }

    private func screen(styled: Bool = false) -> (Screen, Output) {
        let output = Output()
        return (Screen(width: 40, styled: styled) { output.text += $0 }, output)
    }

    @Test func scriptLinesSkipCommentsAndReadEveryLineEnding() {
        var lines = ScriptLines(text: "# consent first\r\nyes\rno\n\nlast")
        var read: [String] = []
        while let line = lines.nextLine() { read.append(line) }
        #expect(read == ["yes", "no", "", "last"])
        #expect(!lines.echoesInput)
    }

    @Test func aScriptedLineIsEchoedSoTheTranscriptReadsLikeASession() {
        let (screen, output) = screen()
        var lines = ScriptLines(text: "yes\n")
        #expect(lines.nextLine(echoingOn: screen) == "yes")
        #expect(lines.nextLine(echoingOn: screen) == nil)
        #expect(output.text == "yes\n\n")
    }

    @Test func promptsAndProblemsAreMarkedWithoutColourWhenUnstyled() {
        let (screen, output) = screen()
        screen.showPrompt(Prompt(cue: "yes/no"))
        screen.showPrompt(Prompt(cue: "answer", entry: .paragraph))
        screen.show(Message(.problem, "Type yes or no."))
        #expect(output.text == "[yes/no] > [answer]\n>   ! Type yes or no.\n")
        #expect(!output.text.contains("\u{1B}["))
    }

    @Test func aStyledScreenColoursTheCue() {
        let (screen, output) = screen(styled: true)
        screen.showPrompt(Prompt(cue: "yes/no"))
        #expect(output.text == "\u{1B}[36m[yes/no]\u{1B}[0m > ")
    }
}
