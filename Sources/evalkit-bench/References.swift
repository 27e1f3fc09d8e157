import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The programs EvalKit is measured against, found on this machine or reported missing.
enum References {
    /// Set by --evalkit-only: every reference counts as missing.
    nonisolated(unsafe) static var disabled = false

    /// The repository's `bench/` folder, which holds the Python references.
    static let scripts: String = {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("bench").path
    }()

    /// The full path of `program` on PATH, or nil.
    static func find(_ program: String) -> String? {
        guard !disabled || program == "swift" else { return nil }
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return paths.map { "\($0)/\(program)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Why Python with `modules` cannot serve as a reference here, or nil when it can.
    static func pythonMissing(modules: [String]) -> String? {
        guard find("python3") != nil else { return "python3 is not installed" }
        for module in modules {
            let check = try? run("python3", ["-c", "import \(module)"])
            if check?.status != 0 { return "the Python package '\(module)' (pip install \(module))" }
        }
        return nil
    }

    /// The evalkit program built beside this benchmark, built first (release) when it is not there.
    static func evalkit() -> String? {
        let folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent()
        let program = folder.appendingPathComponent("evalkit").path
        if FileManager.default.isExecutableFile(atPath: program) { return program }
        let root = URL(fileURLWithPath: scripts).deletingLastPathComponent().path
        Bench.say("(building evalkit beside the benchmark: swift build -c release --product evalkit)")
        let built = try? run("swift", ["build", "-c", "release", "--product", "evalkit", "--package-path", root])
        return built?.status == 0 && FileManager.default.isExecutableFile(atPath: program) ? program : nil
    }

    struct Finished {
        var status: Int32
        var output: String
        var errors: String
        var seconds: Double
        /// The program's peak resident memory, when measured (`runMeasuringMemory`); 0 when not known.
        var peakBytes = 0
    }

    /// Runs `program` (a path, or a name looked up on PATH) and waits; standard output and error go
    /// through files, so a large output never blocks the program. Started with posix_spawn: through
    /// Foundation's Process, starting even /bin/true took 50 ms here, more than evalkit's own start.
    static func run(
        _ program: String, _ arguments: [String], environment: [String: String] = [:]
    ) throws -> Finished {
        let path = program.hasPrefix("/") ? program : find(program) ?? program
        let folder = try scratch("run")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let outputPath = "\(folder)/out"
        let errorPath = "\(folder)/err"
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let variables = ProcessInfo.processInfo.environment.merging(environment) { $1 }.map { "\($0)=\($1)" }
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = variables.map { strdup($0) } + [nil]
        defer { for pointer in argv + envp { free(pointer) } }
        var pid = pid_t()
        var status: Int32 = 0
        let (spawned, seconds) = Bench.time { () -> Int32 in
            let result = posix_spawn(&pid, path, &actions, nil, argv, envp)
            if result == 0 { waitpid(pid, &status, 0) }
            return result
        }
        guard spawned == 0 else {
            return Finished(status: 127, output: "", errors: "cannot start \(path) (error \(spawned))", seconds: 0)
        }
        // Exited normally: the status is in the second byte; killed by a signal: 128 + signal.
        let exit = status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return Finished(
            status: exit, output: (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "",
            errors: (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? "", seconds: seconds)
    }

    /// `run`, with the program's peak memory measured by GNU time (`/usr/bin/time -f %M`). The
    /// memory wait4 reports is no use here: posix_spawn starts the child in the benchmark's own
    /// memory, and Linux carries that size over to the program it then runs.
    static func runMeasuringMemory(
        _ program: String, _ arguments: [String], environment: [String: String] = [:]
    ) throws -> Finished {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/time") else {
            var finished = try run(program, arguments, environment: environment)
            finished.peakBytes = 0
            return finished
        }
        let folder = try scratch("memory")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var finished = try run(
            "/usr/bin/time", ["-f", "%M", "-o", "\(folder)/peak", program] + arguments, environment: environment)
        let kilobytes = (try? String(contentsOfFile: "\(folder)/peak", encoding: .utf8))?
            .split(separator: "\n").last.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        finished.peakBytes = (kilobytes ?? 0) * 1024
        return finished
    }

    /// A folder for one benchmark's files, removed by `remove`.
    static func scratch(_ name: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("evalkit-bench-\(name)-\(UUID())").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
