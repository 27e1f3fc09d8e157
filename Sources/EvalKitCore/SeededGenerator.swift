/// A small, fast pseudo-random generator (SplitMix64) whose sequence depends only on its
/// seed, on every platform and in every run: generated data must be reproducible, which
/// `SystemRandomNumberGenerator` and `Hasher` (seeded per process) are not. The demo, the
/// benchmark and the tests share it.
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

    /// FNV-1a over the label's UTF-8 bytes: stable, unlike `Hasher`.
    public static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return hash
    }
}
