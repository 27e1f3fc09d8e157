import Foundation

/// One line of the results: EvalKit's time beside a reference's on the same data, and the target
/// it is held to.
struct BenchRow {
    var work: String
    var evalkit: Measurement
    var reference: Reference?
    var target: Target?
    /// Whether EvalKit and the reference computed the same thing ("same 81,204 matches").
    var check: String = ""

    /// A time or a rate EvalKit achieved.
    enum Measurement {
        case seconds(Double)
        case missing(String)
    }

    struct Reference {
        var name: String
        var result: Measurement
    }

    enum Target {
        /// EvalKit at least this many times faster than the reference.
        case timesFaster(Double)
        /// EvalKit within this many seconds.
        case within(Double)
        /// At least this many items per second, given how many items the work had.
        case perSecond(Double, items: Int)
        /// At most this many bytes of peak memory (the measurement is in bytes, not seconds).
        case memoryBelow(Double)

        var text: String {
            switch self {
            case .timesFaster(let times): "≥ \(Bench.number(times))× faster"
            case .within(let seconds): "≤ \(Bench.seconds(seconds))"
            case .perSecond(let rate, _): "≥ \(Bench.count(Int(rate)))/s"
            case .memoryBelow(let bytes): "< \(Bench.count(Int(bytes / 1_048_576))) MiB"
            }
        }
    }

    var ratio: Double? {
        guard case .seconds(let ours) = evalkit, case .seconds(let theirs)? = reference?.result, ours > 0 else {
            return nil
        }
        return theirs / ours
    }

    /// "met", "NOT MET", or "" when there is no target or nothing to judge it by.
    var verdict: String {
        guard let target, case .seconds(let ours) = evalkit else { return "" }
        let met: Bool
        switch target {
        case .timesFaster(let times):
            guard let ratio else { return "no reference" }
            met = ratio >= times
        case .within(let seconds): met = ours <= seconds
        case .perSecond(let rate, let items): met = Double(items) / ours >= rate
        case .memoryBelow(let bytes): met = ours < bytes
        }
        return met ? "met" : "NOT MET"
    }
}

enum Bench {
    static func seconds(_ value: Double) -> String {
        value < 0.1 ? String(format: "%.1f ms", value * 1000) : String(format: "%.2f s", value)
    }

    static func number(_ value: Double) -> String {
        value >= 10 ? String(format: "%.0f", value) : String(format: "%.1f", value)
    }

    static func count(_ value: Int) -> String {
        let digits = String(value)
        var grouped = ""
        for (index, digit) in digits.reversed().enumerated() {
            if index > 0 && index % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return String(grouped.reversed())
    }

    static func text(_ measurement: BenchRow.Measurement, memory: Bool = false) -> String {
        switch measurement {
        case .seconds(let value): memory ? "\(count(Int(value / 1_048_576))) MiB" : seconds(value)
        case .missing(let reason): "missing: \(reason)"
        }
    }

    /// The rows as a Markdown table, the form docs/performance.md keeps.
    static func markdown(_ rows: [BenchRow]) -> String {
        var lines = [
            "| work | EvalKit | reference | ratio | target | | check |",
            "|---|---|---|---|---|---|---|",
        ]
        for row in rows {
            let memory: Bool
            if case .memoryBelow? = row.target { memory = true } else { memory = false }
            let reference = row.reference.map { "\($0.name): \(text($0.result))" } ?? "—"
            let ratio = row.ratio.map { "\(number($0))×" } ?? ""
            lines.append(
                "| \(row.work) | \(text(row.evalkit, memory: memory)) | \(reference) | \(ratio) | "
                    + "\(row.target?.text ?? "") | \(row.verdict) | \(row.check) |")
        }
        return lines.joined(separator: "\n")
    }

    /// Runs `body` and returns its result with the seconds it took.
    static func time<T>(_ body: () throws -> T) rethrows -> (T, Double) {
        let start = DispatchTime.now().uptimeNanoseconds
        let result = try body()
        return (result, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }

    /// A line of progress, on standard error so it shows at once (the table comes at the end).
    static func say(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
