public import Foundation
public import Testing

/// Drives a program in a real terminal (tmux, 80x24), as a person at the keyboard would:
/// type, wait for new text on the screen, read the screen, kill the process.
///
/// Each value has a private tmux server. Use it through `Tmux.withTerminal { … }`, which ends
/// the server, its programs and its socket when the body returns or throws; `stop()` does the
/// same by hand. Servers left by a test process that was killed are ended by the next one.
public final class Tmux {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Socket names start with this and the test process's pid, so that leftovers can be told
    /// apart and found (`.ci/run` fails on any that outlive the tests).
    public static let socketPrefix = "evalkit-test-"

    /// Whether tmux can be run here.
    public static let isAvailable: Bool = {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return paths.contains { FileManager.default.isExecutableFile(atPath: "\($0)/tmux") }
    }()

    /// A private server socket, so tests never touch a user's tmux or each other.
    public let socket = "\(Tmux.socketPrefix)\(getpid())-\(UUID().uuidString.prefix(8))"
    private let session = "runner"
    /// The server's pid and socket file, known once `start` has run.
    public private(set) var serverPID: pid_t?
    public private(set) var socketPath: String?
    private var paneProgramPID: pid_t?
    /// The absolute line of the cursor when text was last typed: waits look below it only.
    private var typedAtLine = -1

    public init() {
        _ = Self.endAbandonedServers
    }

    deinit { stop() }

    /// Runs `body` with a new terminal, and ends its server when `body` returns or throws.
    public static func withTerminal<T>(_ body: (Tmux) throws -> T) throws -> T {
        let terminal = Tmux()
        defer { terminal.stop() }
        return try body(terminal)
    }

    /// Starts `command` (exec'd, so the pane's process is the program itself), with
    /// `EvalKitProcess.defaultEnvironment` and then `environment`.
    public func start(_ command: [String], environment: [String: String] = [:]) throws {
        var arguments = ["new-session", "-d", "-s", session, "-x", "80", "-y", "24"]
        let merged = EvalKitProcess.defaultEnvironment.merging(environment, uniquingKeysWith: { $1 })
        for (key, value) in merged.sorted(by: { $0.key < $1.key }) { arguments += ["-e", "\(key)=\(value)"] }
        let quoted = command.map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
        arguments.append("exec " + quoted)
        try tmux(arguments)
        let facts = try tmux(["display-message", "-p", "-t", session, "#{pid} #{socket_path} #{pane_pid}"])
            .trimmingCharacters(in: .whitespacesAndNewlines).split(separator: " ").map(String.init)
        if facts.count == 3 {
            serverPID = pid_t(facts[0])
            socketPath = facts[1]
            paneProgramPID = pid_t(facts[2])
        }
        // Keep the pane after the program exits, so its last screen can be read.
        try tmux(["set-option", "-t", session, "remain-on-exit", "on"])
    }

    /// Types `text` and presses Enter. Later waits look only at what appears below this line.
    public func type(_ text: String) throws {
        typedAtLine = try cursorLine()
        if !text.isEmpty { try tmux(["send-keys", "-t", session, "-l", text]) }
        try tmux(["send-keys", "-t", session, "Enter"])
    }

    /// The screen and its scrollback; with `escapes`, the terminal styling codes too.
    public func screen(escapes: Bool = false) throws -> String {
        try tmux(["capture-pane", "-p", "-t", session, "-S", "-2000"] + (escapes ? ["-e"] : []))
    }

    /// Waits until `text` appears below the line where text was last typed (anywhere before
    /// the first `type`), so a prompt already on the screen is never mistaken for a new one.
    public func waitFor(_ text: String, timeout: TimeInterval = 15) throws {
        let deadline = Date().addingTimeInterval(timeout)
        var fresh = ""
        while Date() < deadline {
            let lines = try screen().split(separator: "\n", omittingEmptySubsequences: false)
            fresh = lines.dropFirst(typedAtLine + 1).joined(separator: "\n")
            if fresh.contains(text) { return }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw Failure(description: "'\(text)' did not appear within \(timeout)s. New text on the screen:\n\(fresh)")
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

    /// Ends the server and the program in it, waits for both to be gone (killing them after a
    /// bounded wait), and removes the socket file. Safe to call more than once.
    public func stop() {
        _ = try? tmux(["kill-server"])
        for pid in [serverPID, paneProgramPID].compactMap({ $0 }) { Self.end(pid) }
        let path = socketPath ?? Self.socketDirectory + "/" + socket
        unlink(path)
        serverPID = nil
        paneProgramPID = nil
    }

    /// The absolute line of the cursor in the scrollback (as `screen()` numbers its lines).
    private func cursorLine() throws -> Int {
        let parts = try tmux(["display-message", "-p", "-t", session, "#{history_size} #{cursor_y}"])
            .trimmingCharacters(in: .whitespacesAndNewlines).split(separator: " ").compactMap { Int($0) }
        guard parts.count == 2 else { throw Failure(description: "no cursor position from tmux") }
        return parts[0] + parts[1]
    }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        try Self.run(["-L", socket] + arguments)
    }
}

extension Tmux {
    /// Where tmux keeps its sockets.
    static var socketDirectory: String {
        let base = ProcessInfo.processInfo.environment["TMUX_TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        return "\(base)/tmux-\(getuid())"
    }

    /// Whether `pid` is a live process (a zombie counts as gone).
    static func isRunning(_ pid: pid_t) -> Bool {
        guard kill(pid, 0) == 0 || errno == EPERM else { return false }
        let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
        guard let close = stat.lastIndex(of: ")") else { return true }
        return !stat[close...].hasPrefix(") Z")
    }

    /// Asks `pid` to end, then kills it if it has not within two seconds.
    static func end(_ pid: pid_t) {
        guard pid > 1 else { return }
        if isRunning(pid) { kill(pid, SIGTERM) }
        let deadline = Date().addingTimeInterval(2)
        while isRunning(pid) && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        if isRunning(pid) { kill(pid, SIGKILL) }
    }

    /// Ends, once per test process, the servers of earlier test processes that are gone
    /// (killed before they could clean up), and removes their sockets.
    static let endAbandonedServers: Void = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: socketDirectory)) ?? []
        for name in names where name.hasPrefix(socketPrefix) {
            let owner = name.dropFirst(socketPrefix.count).split(separator: "-").first.flatMap { pid_t($0) }
            if let owner, owner == getpid() || isRunning(owner) { continue }
            let server = try? run(["-L", name, "display-message", "-p", "#{pid}"])
            _ = try? run(["-L", name, "kill-server"])
            if let pid = server.flatMap({ pid_t($0.trimmingCharacters(in: .whitespacesAndNewlines)) }) { end(pid) }
            unlink(socketDirectory + "/" + name)
        }
    }()

    /// Runs tmux with posix_spawn and waitpid. Foundation's `Process` cannot be used here: the
    /// tmux server that `new-session` leaves running inherits the descriptor `Process` watches
    /// for the child's exit, so `waitUntilExit` would never return.
    ///
    /// The child starts with no blocked signals and default handlers: the test runner's threads
    /// block most signals, and a tmux server that inherited that mask never saw SIGCHLD or
    /// SIGTERM, so it outlived the tests.
    @discardableResult
    static func run(_ arguments: [String]) throws -> String {
        let path = NSTemporaryDirectory() + "tmux-output-\(UUID().uuidString)"
        defer { unlink(path) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        // Through bash, closing every descriptor above 2 first: the tmux server that new-session
        // leaves running must not hold other tests' pipes open (their reads would never end).
        let closeAndExec =
            "i=3; while [ $i -lt 1024 ]; do eval \"exec $i>&-\" 2>/dev/null; i=$((i+1)); done; exec \"$@\""
        let argv = (["bash", "-c", closeAndExec, "bash", "tmux"] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, "/bin/bash", &actions, &attributes, argv, environ)
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

extension Trait where Self == ConditionTrait {
    /// Runs the test only where tmux is installed; otherwise it is skipped with the reason shown.
    public static var needsTmux: Self {
        .enabled(if: Tmux.isAvailable, "needs tmux to drive a real terminal (apt-get install tmux)")
    }
}
