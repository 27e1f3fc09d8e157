// Benchmarks for the scale of a national monitoring programme. Measures and prints; asserts
// nothing (targets are judged by people reading the numbers, not by timed tests).
//
//   swift run -c release evalkit-bench [--project DIR]
// (the scoring part needs the project's framework, codebook and rubric)
import EvalKitCoding
import EvalKitCore
import EvalKitInstruments
import Foundation

func measure<T>(_ label: String, _ body: () throws -> T) rethrows -> T {
    let start = Date()
    let result = try body()
    print(String(format: "%-58@ %8.2f s", label as NSString, Date().timeIntervalSince(start)))
    return result
}

let arguments = CommandLine.arguments
let project = arguments.firstIndex(of: "--project").map { arguments[$0 + 1] } ?? "."
var random = SeededGenerator(seed: 2011)

// Agreement: 300 codes over 100,000 answers, two coders who agree on about 90% of cells.
let codes = 300
let answers = 100_000
let units = (0..<answers).map { "answer \($0)" }
var alphas: [Double] = []
measure("agreement: \(codes) codes x \(answers) answers x 2 coders") {
    for _ in 0..<codes {
        var data = ReliabilityData(units: units, coders: ["A", "B"], categories: ["absent", "present"])
        for unit in 0..<answers {
            let a = Int.random(in: 0..<10, using: &random) == 0 ? 1 : 0
            let b = Int.random(in: 0..<10, using: &random) == 0 ? 1 - a : a
            data.setCategory(a, unit: unit, coder: 0)
            data.setCategory(b, unit: unit, coder: 1)
        }
        if let alpha = data.agreement().krippendorffAlpha { alphas.append(alpha) }
    }
}
print("  (mean alpha \(String(format: "%.3f", alphas.reduce(0, +) / Double(max(alphas.count, 1)))))")

// Auto-coding: the project's codebook rules over generated Vietnamese and English answers.
guard let layout = try? ProjectLayout(directory: project),
    let codebook = ProjectLoader().load(layout).project.codebook
else {
    print("auto-coding: skipped (no codebook in \(project); pass --project DIR)")
    exit(0)
}
let rules = codebook.rules
let phrases = rules.flatMap(\.phrases)
let filler = [
    "tôi", "gia đình", "về nhà", "làm việc", "ở", "khi", "thì", "rất", "nhiều", "the", "we", "went", "home",
    "after", "a", "long", "time", "and", "then", "người", "ta", "đã", "giúp", "không",
]
let texts = (0..<20_000).map { _ in
    (0..<40).map { _ in
        Int.random(in: 0..<12, using: &random) == 0
            ? phrases.randomElement(using: &random)! : filler.randomElement(using: &random)!
    }.joined(separator: " ")
}
let coder = try measure("auto-coding: compile \(phrases.count) phrases, \(rules.flatMap(\.patterns).count) patterns") {
    try AutoCoder(rules: rules)
}
let phrasesOnly = try AutoCoder(rules: rules.map { CodingRules.Rule(code: $0.code, phrases: $0.phrases) })
measure("auto-coding, phrases only: \(texts.count) answers of 40 words") {
    for text in texts { found += phrasesOnly.matches(in: text).count }
}
var found = 0
let rounds = 1
let seconds = Date()
measure("auto-coding: \(texts.count * rounds) answers of 40 words") {
    for _ in 0..<rounds { for text in texts { found += coder.matches(in: text).count } }
}
let rate = Double(texts.count * rounds) / Date().timeIntervalSince(seconds)
print("  (\(found) matches; \(Int(rate)) answers per second: 1,000,000 answers in \(Int(1_000_000 / rate)) s)")

// Scoring: 20,000 encrypted interviews of 20 answers (400,000 answers, about a million segments).
try ScoringBenchmark.run(
    project: ProjectLoader().load(layout).project, interviews: 20_000, answersEach: 20, random: &random)
