/// A small, fast pseudo-random generator (SplitMix64) whose sequence depends only on its
/// seed, on every platform and in every run: the demo's data must be reproducible, which
/// `SystemRandomNumberGenerator` and `Hasher` (seeded per process) are not.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    /// A generator for one part of the demo (a session, a coder), independent of the order in
    /// which the parts are generated: the same seed and label always give the same sequence.
    public init(seed: UInt64, label: String) {
        state = seed ^ Self.fnv1a(label)
        _ = next()
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

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

    /// FNV-1a over the label's UTF-8 bytes: stable, unlike `Hasher`.
    static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return hash
    }
}
