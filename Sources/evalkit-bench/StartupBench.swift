import Foundation

/// How long the evalkit program takes to start: `--help`, and a command that opens an encrypted
/// project with its real passphrase key (the key derivation is part of opening).
enum StartupBench {
    static func run() throws -> [BenchRow] {
        Bench.say("starting evalkit…")
        guard let evalkit = References.evalkit() else {
            return [BenchRow(work: "evalkit --help", evalkit: .missing("the evalkit program could not be built"))]
        }
        // Starting any program through Foundation's Process costs time of its own: measured on
        // /bin/true and taken off, so the row shows evalkit's own start.
        let spawn = try median(5) { try References.run("/bin/true", []) }
        var help = try median(5) { try References.run(evalkit, ["--help"]) }
        if case .seconds(let floor) = spawn, case .seconds(let total) = help { help = .seconds(max(0, total - floor)) }
        let folder = try References.scratch("startup")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let environment = ["EVALKIT_PASSPHRASE": "bench"]
        let made = try References.run(evalkit, ["init", folder], environment: environment)
        var rows = [
            BenchRow(
                work: "evalkit --help", evalkit: help, target: .within(0.050),
                check: "median of 5, less \(Bench.text(spawn)) for starting /bin/true the same way")
        ]
        guard made.status == 0 else {
            rows.append(BenchRow(work: "opening an encrypted project", evalkit: .missing(made.errors)))
            return rows
        }
        let list = try median(5) {
            try References.run(evalkit, ["interview", "list", "--project", folder], environment: environment)
        }
        rows.append(
            BenchRow(
                work: "opening an encrypted project (evalkit interview list, passphrase key included)", evalkit: list,
                target: .within(0.5), check: "median of 5"))
        return rows
    }

    private static func median(_ times: Int, _ body: () throws -> References.Finished) rethrows
        -> BenchRow.Measurement
    {
        var seconds: [Double] = []
        for _ in 0..<times {
            let run = try body()
            guard run.status == 0 else { return .missing("exit \(run.status): \(run.errors.prefix(200))") }
            seconds.append(run.seconds)
        }
        return .seconds(seconds.sorted()[times / 2])
    }
}
