import EvalKitCoding
import EvalKitCore
import EvalKitInstruments
import Foundation

/// Auto-coding generated answers with the project's codebook, beside `grep -F -i -o -f` (the
/// phrases alone, on text folded beforehand) and beside a Python loop with one regular expression
/// per phrase and pattern, which must find exactly the same segments.
enum AutoCodingBench {
    static func run(codebook: Codebook, answers count: Int, random: inout SeededGenerator) throws -> [BenchRow] {
        let rules = codebook.rules
        let answers = corpus(rules: rules, count: count, random: &random)
        let folder = try References.scratch("autocoding")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let work =
            "auto-coding \(Bench.count(count)) answers of 40 words, \(rules.flatMap(\.phrases).count) phrases "
            + "+ \(rules.flatMap(\.patterns).count) patterns"
        Bench.say("\(work)…")

        let coder = try AutoCoder(rules: rules)
        let (found, seconds) = Bench.time { answers.map { coder.matches(in: $0) } }
        let segments = found.reduce(0) { $0 + $1.count }
        let ours = found.enumerated().flatMap { number, matches in
            matches.map { "\(number)\t\($0.code)\t\($0.range.lowerBound)\t\($0.range.upperBound)" }
        }

        var rows: [BenchRow] = []
        // grep in a UTF-8 locale, as people run it (and as the target was set); in the C locale it
        // compares bytes only, which is faster still and shown beside it.
        for (locale, target) in [("C.UTF-8", BenchRow.Target.timesFaster(2)), ("C", nil)] {
            rows.append(
                BenchRow(
                    work: work, evalkit: .seconds(seconds),
                    reference: BenchRow.Reference(
                        name: "grep -F -i -o -f, LC_ALL=\(locale)", result: try grep(rules, answers, folder, locale)),
                    target: target,
                    check: "\(Bench.count(segments)) segments; grep finds phrases only, inside words too, in text "
                        + "folded for it"))
        }
        let python = try pythonLoop(rules, answers, folder)
        var check = "reference not run"
        if let lines = python.lines {
            check =
                lines == ours
                ? "same \(Bench.count(segments)) segments"
                : "DIFFERENT: \(Bench.count(lines.count)) segments against \(Bench.count(ours.count)); first "
                    + "difference \(zip(lines, ours).first { $0 != $1 }.map { "\($0.0) | \($0.1)" } ?? "at the end")"
        }
        rows.append(
            BenchRow(
                work: work, evalkit: .seconds(seconds),
                reference: BenchRow.Reference(name: "Python, one re per phrase and pattern", result: python.time),
                check: check))
        return rows
    }

    /// Answers of 40 words: everyday words in both languages, a phrase of the codebook one word in
    /// twelve, and now and then a sentence one of the patterns is written for.
    static func corpus(rules: [CodingRules.Rule], count: Int, random: inout SeededGenerator) -> [String] {
        let phrases = rules.flatMap(\.phrases)
        let filler = [
            "tôi", "gia đình", "về nhà", "làm việc", "ở", "khi", "thì", "rất", "nhiều", "the", "we", "went", "home",
            "after", "a", "long", "time", "and", "then", "người", "ta", "đã", "giúp", "không", "Trung tâm", "vay",
        ]
        let sentences = [
            "we went abroad to find work", "they promised me a good job", "he forced us to stay", "she owes them",
            "I don't feel safe here", "they gave us two pigs", "nobody came to see us", "we didn't get any help",
            "no papers at all", "no money, no job", "không có tiền", "poor coordination", "missing records",
        ]
        return (0..<count).map { _ in
            (0..<40).map { _ in
                switch Int.random(in: 0..<60, using: &random) {
                case 0..<5: phrases.randomElement(using: &random)!
                case 5: sentences.randomElement(using: &random)!
                default: filler.randomElement(using: &random)!
                }
            }.joined(separator: " ")
        }
    }

    private static func grep(_ rules: [CodingRules.Rule], _ answers: [String], _ folder: String, _ locale: String)
        throws -> BenchRow.Measurement
    {
        guard References.find("grep") != nil else { return .missing("grep is not installed") }
        let phrases = Set(rules.flatMap(\.phrases).map { FoldedText($0).string.trimmingCharacters(in: .whitespaces) })
        try phrases.sorted().joined(separator: "\n").appending("\n").write(
            toFile: "\(folder)/phrases.txt", atomically: true, encoding: .utf8)
        try answers.map { FoldedText($0).string }.joined(separator: "\n").appending("\n").write(
            toFile: "\(folder)/folded.txt", atomically: true, encoding: .utf8)
        let run = try References.run(
            "grep", ["-F", "-i", "-o", "-f", "\(folder)/phrases.txt", "\(folder)/folded.txt"],
            environment: ["LC_ALL": locale])
        guard run.status == 0 else { return .missing("grep failed: \(run.errors.prefix(200))") }
        return .seconds(run.seconds)
    }

    private static func pythonLoop(_ rules: [CodingRules.Rule], _ answers: [String], _ folder: String) throws -> (
        time: BenchRow.Measurement, lines: [String]?
    ) {
        if let missing = References.pythonMissing(modules: []) { return (.missing(missing), nil) }
        let json = rules.map { ["code": $0.code, "phrases": $0.phrases, "patterns": $0.patterns] as [String: Any] }
        try JSONSerialization.data(withJSONObject: json).write(to: URL(fileURLWithPath: "\(folder)/rules.json"))
        try answers.joined(separator: "\n").appending("\n").write(
            toFile: "\(folder)/answers.txt", atomically: true, encoding: .utf8)
        let run = try References.run(
            "python3",
            ["\(References.scripts)/autocoding_reference.py", "\(folder)/rules.json", "\(folder)/answers.txt"])
        var lines = run.output.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        guard run.status == 0, let last = lines.popLast(), last.hasPrefix("# seconds "),
            let seconds = Double(last.dropFirst("# seconds ".count))
        else { return (.missing("the Python reference failed: \(run.errors.suffix(300))"), nil) }
        return (.seconds(seconds), lines)
    }
}
