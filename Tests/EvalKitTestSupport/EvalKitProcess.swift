import Foundation

/// Runs the built `evalkit` binary, for end-to-end tests of output and exit status.
public enum EvalKitProcess {
    public struct Output: Sendable {
        public var status: Int32
        public var standardOutput: String
        public var standardError: String
    }

    /// The binary next to the test bundle in the build folder.
    public static var binary: String {
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [bundle, bundle.deletingLastPathComponent()].map { $0.appendingPathComponent("evalkit").path }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates[0]
    }

    /// The passphrase every spawned `evalkit` gets, unless a test says otherwise.
    public static let testPassphrase = "test passphrase, never a real one"

    /// What every spawned `evalkit` (here and in `Tmux`) finds in its environment: the project
    /// passphrase, and a cheap scrypt cost for new project keys so that tests stay fast.
    public static let defaultEnvironment = [
        "EVALKIT_PASSPHRASE": testPassphrase,
        "EVALKIT_KDF_COST_LOG2": "10",
    ]

    /// Runs `evalkit arguments…` in `directory` with `input` on standard input.
    ///
    /// The environment is this process's, then `defaultEnvironment`, then `environment`;
    /// the variables in `removing` are taken out last.
    public static func run(
        _ arguments: [String], in directory: String? = nil, input: String = "", environment: [String: String] = [:],
        removing: Set<String> = []
    ) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        var env = ProcessInfo.processInfo.environment
        for (key, value) in defaultEnvironment.merging(environment, uniquingKeysWith: { $1 }) { env[key] = value }
        for key in removing { env[key] = nil }
        process.environment = env
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        // Read both pipes concurrently so a full pipe cannot block the child.
        nonisolated(unsafe) var errorData = Data()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            errorData = stderr.fileHandleForReading.readDataToEndOfFile()
            done.signal()
        }
        thread.start()
        let outputData = stdout.fileHandleForReading.readDataToEndOfFile()
        done.wait()
        process.waitUntilExit()
        return Output(
            status: process.terminationStatus, standardOutput: String(decoding: outputData, as: UTF8.self),
            standardError: String(decoding: errorData, as: UTF8.self))
    }
}
