import Foundation
internal import GRDB

/// A date as GRDB stores it ("yyyy-MM-dd HH:mm:ss.SSS", UTC, to the nearest millisecond), written
/// without a DateFormatter: formatting through ICU took a sixth of a bulk import's time.
enum StoredDate {
    static func text(_ date: Date) -> String {
        let milliseconds = (date.timeIntervalSince1970 * 1000).rounded()
        // Years 1 to 9999 only; anything else goes the library's way.
        guard milliseconds.isFinite, milliseconds > -62_135_596_800_000, milliseconds < 253_402_300_800_000
        else { return fallback(date) }
        let total = Int64(milliseconds)
        var seconds = time_t(total >= 0 ? total / 1000 : (total - 999) / 1000)
        let millisecond = Int(total - Int64(seconds) * 1000)
        var parts = tm()
        guard gmtime_r(&seconds, &parts) != nil else { return fallback(date) }
        var text = ""
        text.reserveCapacity(23)
        append(Int(parts.tm_year) + 1900, digits: 4, to: &text)
        text.append("-")
        append(Int(parts.tm_mon) + 1, digits: 2, to: &text)
        text.append("-")
        append(Int(parts.tm_mday), digits: 2, to: &text)
        text.append(" ")
        append(Int(parts.tm_hour), digits: 2, to: &text)
        text.append(":")
        append(Int(parts.tm_min), digits: 2, to: &text)
        text.append(":")
        append(Int(parts.tm_sec), digits: 2, to: &text)
        text.append(".")
        append(millisecond, digits: 3, to: &text)
        return text
    }

    static func text(_ date: Date?) -> String? { date.map { text($0) } }

    /// Remembers the last date written: a bulk import gives most rows the same moment.
    struct Memo {
        private var last: (date: Date, text: String)?

        mutating func text(_ date: Date) -> String {
            if let last, last.date == date { return last.text }
            let written = StoredDate.text(date)
            last = (date, written)
            return written
        }
    }

    private static func append(_ value: Int, digits: Int, to text: inout String) {
        let written = String(value)
        if written.count < digits { text.append(String(repeating: "0", count: digits - written.count)) }
        text.append(written)
    }

    static func fallback(_ date: Date) -> String {
        String.fromDatabaseValue(date.databaseValue) ?? ""
    }
}
