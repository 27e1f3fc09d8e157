import EvalKitFieldwork
import EvalKitTerminal
import Testing

struct FieldInputTests {
    @Test func colonCommandsAreRecognisedAndAnswersAreNot() throws {
        #expect(FieldInput.parse(":skip") == .success(.command(.skip)))
        #expect(FieldInput.parse("  :NA") == .success(.command(.notApplicable)))
        #expect(FieldInput.parse(":note asked for water") == .success(.command(.note("asked for water"))))
        #expect(FieldInput.parse(":note") == .success(.command(.note(nil))))
        #expect(FieldInput.parse("I said: no") == .success(.text("I said: no")))
        #expect(FieldInput.parse("::) smiling") == .success(.text(":) smiling")))
    }

    @Test func anUnknownCommandExplainsTheCommandsAndTheEscape() {
        guard case .failure(let error) = FieldInput.parse(":skp") else {
            Issue.record("':skp' was accepted")
            return
        }
        #expect(
            error.message
                == "':skp' is not a command. Commands: :skip :na :back :note :pause :stop :distress :help. "
                + "To answer with a leading colon, type two (::).")
    }
}

struct ScriptLineEndingTests {
    // Field laptops run Windows: scripts saved there end lines with CRLF.
    @Test func windowsAndOldMacLineEndsAreLines() {
        var crlf = ScriptLines(text: "yes\r\n# note\r\nno\r\n\r\nlast")
        var cr = ScriptLines(text: "yes\rno\r")
        #expect(
            [crlf.nextLine(), crlf.nextLine(), crlf.nextLine(), crlf.nextLine(), crlf.nextLine()] == [
                "yes", "no", "", "last", nil,
            ])
        #expect([cr.nextLine(), cr.nextLine(), cr.nextLine()] == ["yes", "no", nil])
    }
}
