import EvalKitCore
import Foundation
import Testing

@testable import EvalKitStore

/// Dates are written as text without GRDB's DateFormatter; the text must be the library's, byte
/// for byte, so old and new rows sort and read back alike.
struct StoredDateTests {
    @Test func aKnownMomentIsWrittenInUTCToTheNearestMillisecond() {
        #expect(StoredDate.text(Date(timeIntervalSince1970: 1_300_000_000.123_9)) == "2011-03-13 07:06:40.124")
        #expect(StoredDate.text(Date(timeIntervalSince1970: 0)) == "1970-01-01 00:00:00.000")
        #expect(StoredDate.text(Date(timeIntervalSince1970: -0.5)) == "1969-12-31 23:59:59.500")
    }

    @Test func theTextIsTheLibrarysForManyDates() {
        var random = SeededGenerator(seed: 2026)
        for _ in 0..<5_000 {
            // From 1900 to 2100, with fractions of a second.
            let seconds =
                Double(Int64.random(in: -2_208_988_800...4_102_444_800, using: &random))
                + Double(Int.random(in: 0..<1_000_000, using: &random)) / 1_000_000
            let date = Date(timeIntervalSince1970: seconds)
            #expect(StoredDate.text(date) == StoredDate.fallback(date), "\(seconds)")
        }
    }
}
