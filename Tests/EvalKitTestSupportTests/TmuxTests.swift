import EvalKitTestSupport
import Foundation
import Testing

/// The terminal helper leaves nothing running: no server, no program, no socket.
struct TmuxTests {
    private func processExists(_ pid: pid_t) -> Bool {
        let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
        return !stat.isEmpty && !stat.contains(") Z ")
    }

    @Test(.needsTmux) func aScopedTerminalEndsItsServerProgramAndSocket() throws {
        var facts: (server: pid_t, program: pid_t, socket: String, name: String)?
        try Tmux.withTerminal { terminal in
            try terminal.start(["sleep", "600"])
            facts = (
                try #require(terminal.serverPID), try terminal.programPID(), try #require(terminal.socketPath),
                terminal.socket
            )
            #expect(processExists(facts!.server))
            #expect(processExists(facts!.program))
            #expect(FileManager.default.fileExists(atPath: facts!.socket))
        }
        let ended = try #require(facts)
        #expect(!processExists(ended.server), "the tmux server is still running")
        #expect(!processExists(ended.program), "the program in the pane is still running")
        #expect(!FileManager.default.fileExists(atPath: ended.socket), "the socket file is still there")
        #expect(!ended.name.isEmpty && ended.name.hasPrefix(Tmux.socketPrefix + "\(getpid())-"))
    }

    @Test(.needsTmux) func aTerminalEndsItsServerWhenTheBodyThrows() throws {
        struct Stop: Error {}
        var server: pid_t?
        #expect(throws: Stop.self) {
            try Tmux.withTerminal { terminal in
                try terminal.start(["sleep", "600"])
                server = terminal.serverPID
                throw Stop()
            }
        }
        #expect(!processExists(try #require(server)))
    }

    // A wait looks below the line last typed on, so a prompt already on the screen does not count.
    @Test(.needsTmux) func aWaitIsForTextThatAppearsAfterTyping() throws {
        try Tmux.withTerminal { terminal in
            try terminal.start(["bash", "--norc", "--noprofile", "-c", "echo ready; read a; echo got $a; read b"])
            try terminal.waitFor("ready")
            try terminal.type("one")
            try terminal.waitFor("got one")
            try terminal.type("two")
            #expect(throws: Tmux.Failure.self) { try terminal.waitFor("ready", timeout: 0.5) }
        }
    }
}
