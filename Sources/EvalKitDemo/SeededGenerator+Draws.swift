import EvalKitCore

/// The demo's draws: chances, weighted choices and picks from one seeded sequence.
extension SeededGenerator {
    /// True with probability `probability`.
    mutating func chance(_ probability: Double) -> Bool {
        Double.random(in: 0..<1, using: &self) < probability
    }

    /// An element chosen with the given relative weights; nil when all weights are zero.
    mutating func weighted<T>(_ choices: [(T, Double)]) -> T? {
        let total = choices.reduce(0) { $0 + max(0, $1.1) }
        guard total > 0 else { return nil }
        var point = Double.random(in: 0..<total, using: &self)
        for (value, weight) in choices where weight > 0 {
            if point < weight { return value }
            point -= weight
        }
        return choices.last { $0.1 > 0 }?.0
    }

    /// One element of a non-empty array.
    mutating func pick<T>(_ items: [T]) -> T {
        items[Int.random(in: 0..<items.count, using: &self)]
    }
}
