import Crypto
import Foundation

/// Random nonces for sealing, drawn from the system's random device 4 KiB at a time. ChaChaPoly's own nonces
/// cost two system calls each (8 random bytes per call), which made sealing half the time of a
/// bulk import; here one call serves 341 nonces. The bytes are the system's cryptographic random
/// bytes all the same, each used once and wiped. EvalKit never forks, so no copy of the pool can
/// hand out the same nonce twice.
final class NoncePool: @unchecked Sendable {
    // @unchecked: every access to the buffer holds `lock`.
    private let lock = NSLock()
    private var bytes = [UInt8](repeating: 0, count: 341 * 12)
    private var used = 341 * 12

    func next() -> ChaChaPoly.Nonce {
        lock.lock()
        defer { lock.unlock() }
        if used == bytes.count {
            guard Self.fill(&bytes) else { return ChaChaPoly.Nonce() }
            used = 0
        }
        let range = used..<used + 12
        used += 12
        defer { for index in range { bytes[index] = 0 } }
        return (try? ChaChaPoly.Nonce(data: bytes[range])) ?? ChaChaPoly.Nonce()
    }

    /// Fills `buffer` from the system's random device; false when it cannot be read (the caller
    /// then takes ChaChaPoly's own nonce).
    private static func fill(_ buffer: inout [UInt8]) -> Bool {
        guard let device = FileHandle(forReadingAtPath: "/dev/urandom") else { return false }
        defer { try? device.close() }
        guard let random = try? device.read(upToCount: buffer.count), random.count == buffer.count else {
            return false
        }
        buffer.replaceSubrange(0..<buffer.count, with: random)
        return true
    }
}
