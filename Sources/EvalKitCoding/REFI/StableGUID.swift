/// Deterministic GUIDs for REFI-QDA exports, so a code keeps its GUID from one export to the next
/// and a QDA program that imports twice recognises the same code.
///
/// The construction is simple and documented rather than cryptographic: the 128 bits are two
/// FNV-1a 64-bit hashes of `"evalkit-refi-qda\0" + scope + "\0" + key`, the second one with the
/// bytes `"#2"` appended, so the halves differ. The version nibble is set to 8 (RFC 9562 UUIDv8,
/// "custom") and the variant bits to `10`, and the result is formatted as uppercase
/// `8-4-4-4-12` hex, which matches REFI-QDA's `GUIDType` pattern.
///
/// Not an error: two different keys could in principle produce the same GUID; with 122 hashed
/// bits this does not happen for codebooks of realistic size.
public enum StableGUID {
    /// The GUID of `key` (a code id) within `scope` (the codebook id).
    public static func make(scope: String, key: String) -> String {
        let base = Array("evalkit-refi-qda\u{0}\(scope)\u{0}\(key)".utf8)
        let high = fnv1a64(base)
        let low = fnv1a64(base + Array("#2".utf8))
        let versioned = (high & ~0xF000) | 0x8000  // version 8 in bits 12–15 of the third group
        let varied = (low & ~(0b11 << 62)) | (0b10 << 62)  // RFC 4122/9562 variant
        let hex = hex16(versioned) + hex16(varied)
        let characters = Array(hex)
        let groups = [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { String(characters[$0]) }
        return groups.joined(separator: "-")
    }

    /// FNV-1a, 64 bits (offset basis 0xcbf29ce484222325, prime 0x100000001b3).
    static func fnv1a64(_ bytes: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    private static func hex16(_ value: UInt64) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
