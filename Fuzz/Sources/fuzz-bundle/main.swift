import Crypto
import EvalKitSecurity
import EvalKitStore
import Foundation
import FuzzSupport

/// A field bundle as `evalkit bundle import` opens it, by the input's first byte:
/// 0, the bytes as a bundle file (header, fingerprint, authentication);
/// 1, the bytes as the sealed JSON inside (what a holder of the team key could write), sealed
/// here, opened, and imported into a scratch project database.
nonisolated(unsafe) private let key = try! Curve25519.KeyAgreement.PrivateKey(
    rawRepresentation: Data(repeating: 7, count: 32))
nonisolated(unsafe) private let target = try! ProjectStore(path: Fuzzing.scratchFile("bundles.sqlite"))

private func seeds() throws -> [(name: String, data: Data)] {
    let interview = ReferenceInterview()
    interview.run(script: ReferenceInterview.script)
    let payload = FieldBundle.Payload(exportedAt: Date(), sessions: try interview.store.exportSessions())
    let json = try JSONEncoder().encode(payload)
    return [
        ("sealed.bundle", Data([0]) + (try FieldBundle.seal(payload, to: key.publicKey))),
        ("payload.json", Data([1]) + json),
    ]
}

private func fuzzBundle(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    Fuzzing.writeSeedsIfAsked(seeds)
    guard count > 0 else { return 0 }
    let data = Fuzzing.data(bytes, count)
    let body = Data(data.dropFirst())
    if data[data.startIndex] % 2 == 0 {
        _ = try? FieldBundle.open(body, file: "fuzz.bundle", with: key)
        return 0
    }
    guard let payload = try? JSONDecoder().decode(FieldBundle.Payload.self, from: body),
        let sealed = try? FieldBundle.seal(payload, to: key.publicKey),
        let opened = try? FieldBundle.open(sealed, file: "fuzz.bundle", with: key)
    else { return 0 }
    _ = try? target.importSessions(opened.sessions, audit: nil)
    return 0
}

Fuzzing.run { fuzzBundle($0, $1) }
