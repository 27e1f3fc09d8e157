public import Foundation

/// A day written as `YYYY-MM-DD` in UTC, the form EvalKit's files and reports give dates in.
public enum CalendarDay {
    public static func string(from date: Date) -> String { formatter.string(from: date) }

    /// The start of that day; nil for anything but a real `YYYY-MM-DD` day (no 2011-02-30).
    public static func date(from text: String) -> Date? {
        guard text.wholeMatch(of: /\d{4}-\d{2}-\d{2}/) != nil, let date = formatter.date(from: text),
            formatter.string(from: date) == text
        else { return nil }
        return date
    }

    /// A new formatter per use: DateFormatter is not safe to share across threads.
    private static var formatter: DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        formatter.isLenient = false
        return formatter
    }
}
