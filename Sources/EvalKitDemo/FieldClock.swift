import Foundation
import Synchronization

/// The demo's clock: fieldwork days in 2011 rather than today, moving on a little at every
/// reading, so that timestamps are plausible and the same in every run.
final class FieldClock: Sendable {
    private let current: Mutex<Date>
    private let step: TimeInterval

    init(start: Date, step: TimeInterval = 40) {
        current = Mutex(start)
        self.step = step
    }

    /// The time now, then moves on by one step.
    func now() -> Date {
        current.withLock { date in
            defer { date += step }
            return date
        }
    }

    /// When the `index`-th session of a site starts: four a day from 08:00, Monday to Friday,
    /// from the site's first fieldwork day.
    static func sessionStart(site: String, index: Int) -> Date {
        let firstDay: [String: (Int, Int)] = ["lao-cai": (3, 7), "bac-giang": (3, 28), "an-giang": (4, 18)]
        let (month, day) = firstDay[site] ?? (5, 9)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 7 * 3600) ?? .gmt
        let week = index / 20
        let weekday = (index / 4) % 5
        let components = DateComponents(
            year: 2011, month: month, day: day + week * 7 + weekday, hour: 8 + (index % 4) * 2)
        return calendar.date(from: components) ?? Date(timeIntervalSince1970: 1_300_000_000)
    }
}

extension FieldClock {
    /// When the demo's coding happens: after the last fieldwork day.
    static let codingDay = Date(timeIntervalSince1970: 1_304_300_000)
}
