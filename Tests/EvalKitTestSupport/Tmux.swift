public import Foundation

/// Drives a program in a real terminal (tmux, 80x24), as a person at the keyboard would:
/// type, wait for text on the screen, read the screen, kill the process.
public final class Tmux {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// A private server socket, so tests never touch a user's tmux or each other.
    private let socket = "evalkit-test-\(UUID().uuidString.prefix(8))"
    private let session = "runner"

    public init() {}

    deinit { _ = try? tmux(["kill-server"]) }

    /// Starts `command` (exec'd, so the pane's process is the program itself), with
    /// `EvalKitProcess.defaultEnvironment` and then `environment`.
    public func start(_ command: [String], environment: [String: String] = [:]) throws {
        var arguments = ["new-session", "-d", "-s", session, "-x", "80", "-y", "24"]
        let merged = EvalKitProcess.defaultEnvironment.merging(environment, uniquingKeysWith: { $1 })
        for (key, value) in merged.sorted(by: { $0.key < $1.key }) { arguments += ["-e", "\(key)=\(value)"] }
        let quoted = command.map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
        arguments.append("exec " + quoted)
        try tmux(arguments)
        // Keep the pane after the program exits, so its last screen can be read.
        try tmux(["set-option", "-t", session, "remain-on-exit", "on"])
    }

    /// Types `text` and presses Enter.
    public func type(_ text: String) throws {
        if !text.isEmpty { try tmux(["send-keys", "-t", session, "-l", text]) }
        try tmux(["send-keys", "-t", session, "Enter"])
    }

    /// The screen and its scrollback; with `escapes`, the terminal styling codes too.
    public func screen(escapes: Bool = false) throws -> String {
        try tmux(["capture-pane", "-p", "-t", session, "-S", "-2000"] + (escapes ? ["-e"] : []))
    }

    /// Waits until `text` is on the screen (scrollback included).
    public func waitFor(_ text: String, timeout: TimeInterval = 15) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if try screen().contains(text) { return }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw Failure(description: "'\(text)' did not appear within \(timeout)s. Screen:\n\(try screen())")
    }

    /// The pid of the program in the pane.
    public func programPID() throws -> Int32 {
        let text = try tmux(["list-panes", "-t", session, "-F", "#{pane_pid}"]).trimmingCharacters(
            in: .whitespacesAndNewlines)
        guard let pid = Int32(text) else { throw Failure(description: "no pane pid in '\(text)'") }
        return pid
    }

    /// Whether the program in the pane has ended.
    public func programEnded() throws -> Bool {
        try tmux(["list-panes", "-t", session, "-F", "#{pane_dead}"]).hasPrefix("1")
    }

    /// Runs tmux with posix_spawn and waitpid. Foundation's `Process` cannot be used here: the
    /// tmux server that `new-session` leaves running inherits the descriptor `Process` watches
    /// for the child's exit, so `waitUntilExit` would never return.
    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let path = NSTemporaryDirectory() + "tmux-output-\(UUID().uuidString)"
        defer { unlink(path) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        // Through bash, closing every descriptor above 2 first: the tmux server that new-session
        // leaves running must not hold other tests' pipes open (their reads would never end).
        let closeAndExec =
            "i=3; while [ $i -lt 1024 ]; do eval \"exec $i>&-\" 2>/dev/null; i=$((i+1)); done; exec \"$@\""
        let argv = (["bash", "-c", closeAndExec, "bash", "tmux", "-L", socket] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, "/bin/bash", &actions, nil, argv, environ)
        guard spawned == 0 else { throw Failure(description: "cannot run tmux (is it installed?): error \(spawned)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        // WIFEXITED && WEXITSTATUS == 0, spelled out: the C macros are not imported.
        guard status & 0x7F == 0, (status >> 8) & 0xFF == 0 else {
            throw Failure(description: "tmux \(arguments.joined(separator: " ")) failed: \(text)")
        }
        return text
    }
}
