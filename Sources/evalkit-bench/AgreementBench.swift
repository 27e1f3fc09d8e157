import EvalKitCoding
import EvalKitCore
import Foundation

/// Inter-coder agreement beside the `krippendorff` Python package: per code on data already in
/// memory, and end to end from one CSV file (`evalkit agreement --input` against Python's csv
/// module feeding the same package). Alphas must agree to 1e-9.
enum AgreementBench {
    static func inMemory(codes: Int, units: Int, random: inout SeededGenerator) throws -> BenchRow {
        let work =
            "agreement in memory, \(codes) codes × \(Bench.count(units)) answers × 2 coders (all four statistics)"
        Bench.say("\(work)…")
        // Per code and coder, present (1) on about one answer in ten; the second coder agrees on
        // about nine cells in ten.
        var bytes = [UInt8](repeating: 0, count: codes * 2 * units)
        for code in 0..<codes {
            for unit in 0..<units {
                let first: UInt8 = Int.random(in: 0..<10, using: &random) == 0 ? 1 : 0
                let second = Int.random(in: 0..<10, using: &random) == 0 ? 1 - first : first
                bytes[(code * 2) * units + unit] = first
                bytes[(code * 2 + 1) * units + unit] = second
            }
        }
        let names = (0..<units).map { "answer \($0)" }
        var alphas: [Double?] = []
        var seconds = 0.0
        for code in 0..<codes {
            var data = ReliabilityData(units: names, coders: ["A", "B"], categories: ["0", "1"])
            for unit in 0..<units {
                data.setCategory(Int(bytes[(code * 2) * units + unit]), unit: unit, coder: 0)
                data.setCategory(Int(bytes[(code * 2 + 1) * units + unit]), unit: unit, coder: 1)
            }
            let (result, time) = Bench.time { data.agreement() }
            seconds += time
            alphas.append(result.krippendorffAlpha)
        }
        var row = BenchRow(work: work, evalkit: .seconds(seconds), target: .timesFaster(20))
        if let missing = References.pythonMissing(modules: ["numpy", "krippendorff"]) {
            row.reference = BenchRow.Reference(name: "krippendorff (Python)", result: .missing(missing))
            return row
        }
        let folder = try References.scratch("agreement")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data(bytes).write(to: URL(fileURLWithPath: "\(folder)/data.bin"))
        let run = try References.run(
            "python3",
            ["\(References.scripts)/agreement_reference.py", "memory", "\(folder)/data.bin", "\(codes)", "\(units)"])
        var lines = run.output.split(separator: "\n").map(String.init)
        guard run.status == 0, let last = lines.popLast(), let time = Double(last.dropFirst("# seconds ".count)) else {
            row.reference = BenchRow.Reference(
                name: "krippendorff (Python)", result: .missing("it failed: \(run.errors.suffix(300))"))
            return row
        }
        row.reference = BenchRow.Reference(name: "krippendorff (Python), per code", result: .seconds(time))
        row.check = compare(alphas, lines.map(Double.init))
        return row
    }

    static func endToEnd(units: Int, random: inout SeededGenerator) throws -> BenchRow {
        let work = "agreement from a CSV file of \(Bench.count(units * 2)) rows, end to end"
        Bench.say("\(work)…")
        let folder = try References.scratch("agreement-csv")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = "\(folder)/reliability.csv"
        var text = "unit,coder,value\n"
        let values = ["supported", "not supported", "partly", "unclear"]
        for unit in 0..<units {
            let first = values[Int.random(in: 0..<4, using: &random)]
            let second = Int.random(in: 0..<5, using: &random) == 0 ? values.randomElement(using: &random)! : first
            let missing = Int.random(in: 0..<20, using: &random) == 0
            text += "answer-\(unit),AN-01,\(first)\nanswer-\(unit),AN-02,\(missing ? "" : second)\n"
        }
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        var row = BenchRow(
            work: work, evalkit: .missing("the evalkit program could not be built"), target: .timesFaster(10))
        var ours: Double?
        if let evalkit = References.evalkit() {
            let run = try References.run(evalkit, ["agreement", "--input", path, "--format", "json"])
            if run.status == 0, let data = run.output.data(using: .utf8),
                let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
            {
                row.evalkit = .seconds(run.seconds)
                ours = object["krippendorffAlpha"] as? Double
            } else {
                row.evalkit = .missing("evalkit agreement failed: \(run.errors.prefix(300))")
            }
        }
        if let missing = References.pythonMissing(modules: ["numpy", "krippendorff"]) {
            row.reference = BenchRow.Reference(name: "Python csv + krippendorff", result: .missing(missing))
            return row
        }
        let run = try References.run("python3", ["\(References.scripts)/agreement_reference.py", "csv", path])
        guard run.status == 0 else {
            row.reference = BenchRow.Reference(
                name: "Python csv + krippendorff", result: .missing("it failed: \(run.errors.suffix(300))"))
            return row
        }
        row.reference = BenchRow.Reference(name: "Python csv + krippendorff", result: .seconds(run.seconds))
        row.check = compare([ours], [Double(run.output.trimmingCharacters(in: .whitespacesAndNewlines))])
        return row
    }

    /// "same alphas (to 1e-9)" or where they first differ.
    static func compare(_ ours: [Double?], _ theirs: [Double?]) -> String {
        guard ours.count == theirs.count else { return "DIFFERENT: \(ours.count) alphas against \(theirs.count)" }
        for (index, (mine, other)) in zip(ours, theirs).enumerated() {
            guard let mine, let other, abs(mine - other) <= 1e-9 else {
                return "DIFFERENT at \(index): \(mine.map { "\($0)" } ?? "undefined") against "
                    + "\(other.map { "\($0)" } ?? "undefined")"
            }
        }
        return ours.count == 1
            ? "same alpha (to 1e-9): \(String(format: "%.6f", ours[0] ?? 0))"
            : "same \(ours.count) alphas (to 1e-9)"
    }
}
