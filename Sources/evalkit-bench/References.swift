import Foundation

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
    }

    /// Runs `program` (a path, or a name looked up on PATH) and waits; standard output and error go
    /// through files, so a large output never blocks the program.
    static func run(
        _ program: String, _ arguments: [String], environment: [String: String] = [:], input: String? = nil
    ) throws -> Finished {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program.hasPrefix("/") ? program : find(program) ?? program)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("evalkit-bench-run-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outputPath = folder.appendingPathComponent("out").path
        let errorPath = folder.appendingPathComponent("err").path
        _ = FileManager.default.createFile(atPath: outputPath, contents: nil)
        _ = FileManager.default.createFile(atPath: errorPath, contents: nil)
        let output = try FileHandle(forWritingTo: URL(fileURLWithPath: outputPath))
        let errors = try FileHandle(forWritingTo: URL(fileURLWithPath: errorPath))
        process.standardOutput = output
        process.standardError = errors
        if let input {
            let inputPath = folder.appendingPathComponent("in").path
            _ = FileManager.default.createFile(atPath: inputPath, contents: Data(input.utf8))
            process.standardInput = FileHandle(forReadingAtPath: inputPath)
        } else {
            process.standardInput = FileHandle.nullDevice
        }
        let (_, seconds) = try Bench.time {
            try process.run()
            process.waitUntilExit()
        }
        try output.close()
        try errors.close()
        return Finished(
            status: process.terminationStatus,
            output: (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "",
            errors: (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? "", seconds: seconds)
    }

    /// A folder for one benchmark's files, removed by `remove`.
    static func scratch(_ name: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("evalkit-bench-\(name)-\(UUID())").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
