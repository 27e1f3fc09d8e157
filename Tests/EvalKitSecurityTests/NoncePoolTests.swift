import Crypto
import Foundation
import Testing

@testable import EvalKitSecurity

struct NoncePoolTests {
    /// Across several refills of the pool (341 nonces each), no nonce comes twice.
    @Test func noNonceIsGivenTwice() {
        let pool = NoncePool()
        var seen: Set<Data> = []
        for _ in 0..<1_000 {
            let nonce = pool.next()
            #expect(seen.insert(nonce.withUnsafeBytes { Data($0) }).inserted)
        }
        #expect(seen.count == 1_000)
    }

    @Test func textsSealedWithPooledNoncesOpenAndDifferEachTime() throws {
        let codec = SealedTextCodec(key: SymmetricKey(size: .bits256))
        let first = try codec.seal("Tôi đã trở về nhà.", context: "answer")
        let second = try codec.seal("Tôi đã trở về nhà.", context: "answer")
        #expect(first != second)
        #expect(try codec.open(first, context: "answer") == "Tôi đã trở về nhà.")
        #expect(try codec.open(second, context: "answer") == "Tôi đã trở về nhà.")
    }
}
