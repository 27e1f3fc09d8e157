import CLibFuzzer
public import Foundation

/// What every fuzz target shares: a scratch folder for the files a reader needs on disk, the
/// repository's own files (the reference project), and a way to write seeds made in code.
public enum Fuzzing {
    /// The input as `Data`.
    public static func data(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Data {
        guard let bytes, count > 0 else { return Data() }
        return Data(bytes: bytes, count: count)
    }

    /// A folder of this process, under TMPDIR (`Fuzz/run` removes its TMPDIR afterwards).
    public static let scratch: String = {
        let path = (NSTemporaryDirectory() as NSString).appendingPathComponent(
            "evalkit-fuzz-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }()

    /// A path in the scratch folder.
    public static func scratchFile(_ name: String) -> String {
        (scratch as NSString).appendingPathComponent(name)
    }

    /// The repository (its Instruments/, Consent/, Analysis/, Report/), from
    /// EVALKIT_FUZZ_REPOSITORY, which `Fuzz/run` sets.
    public static var repository: String {
        guard let path = ProcessInfo.processInfo.environment["EVALKIT_FUZZ_REPOSITORY"] else {
            fatalError("set EVALKIT_FUZZ_REPOSITORY to the EvalKit repository (Fuzz/run does)")
        }
        return path
    }

    /// Writes `seeds()` into the folder named by EVALKIT_FUZZ_WRITE_SEEDS, once, when that
    /// variable is set: seeds made by EvalKit's own code stay in step with its formats, so
    /// none needs to be kept in the repository.
    public static func writeSeedsIfAsked(_ seeds: () throws -> [(name: String, data: Data)]) {
        guard let folder = ProcessInfo.processInfo.environment["EVALKIT_FUZZ_WRITE_SEEDS"] else { return }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            for seed in try seeds() {
                try seed.data.write(to: URL(fileURLWithPath: (folder as NSString).appendingPathComponent(seed.name)))
            }
        } catch {
            fatalError("seeds could not be written: \(error)")
        }
    }

    /// Writes `data` to a scratch file named `name`, replacing the last one.
    public static func write(_ data: Data, as name: String) -> String {
        let path = scratchFile(name)
        FileManager.default.createFile(atPath: path, contents: data)
        return path
    }
}

extension Fuzzing {
    /// Runs libFuzzer with this program's arguments and `target`, and returns its exit status.
    /// (SwiftPM gives each executable its own `main`, so libFuzzer's is not used.)
    public static func run(_ target: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> Never {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, target))
    }
}
