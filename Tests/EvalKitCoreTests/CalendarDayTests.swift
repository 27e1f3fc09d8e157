import EvalKitCore
import Foundation
import Testing

struct CalendarDayTests {
    @Test func aDayRoundTripsThroughItsText() throws {
        let date = try #require(CalendarDay.date(from: "2011-05-17"))
        #expect(date.timeIntervalSince1970 == 1_305_590_400)
        #expect(CalendarDay.string(from: date) == "2011-05-17")
    }

    @Test(arguments: ["2011-02-30", "2011-5-17", "17/05/2011", "2011-05-17T00:00", "", "２０１１-05-17"])
    func anythingButARealDayIsRefused(text: String) {
        #expect(CalendarDay.date(from: text) == nil)
    }
}
