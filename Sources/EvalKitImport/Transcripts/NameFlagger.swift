/// Finds words in a transcript that look like a person's name, so that the analyst can mask
/// them before anything is stored (`--mask-names`) or at least knows where they are.
///
/// Two signs, in both languages of the reference case: a common Vietnamese family name
/// (Nguyễn, Trần, Lê, Phạm, …) followed by one or more capitalised words, and a title or form
/// of address (Mr, Mrs, Ms, Dr, anh, chị, bà, ông, cô, chú, em) followed by a capitalised
/// word. It cannot be complete: it flags likely names, it does not prove there are none.
public struct NameFlagger: Sendable {
    public struct Flag: Sendable, Equatable {
        /// 1-based line and column (in characters) where the name starts.
        public var line: Int
        public var column: Int
        public var text: String
    }

    static let familyNames: Set<String> = [
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
        "Dương", "Lý", "Đinh", "Đoàn", "Lâm", "Mai", "Trịnh", "Lương", "Cao", "Tạ", "Hà", "Vương", "Triệu",
    ]
    static let titles: Set<String> = [
        "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Dr.", "Madam", "anh", "chị", "bà", "ông", "cô", "chú",
        "em", "Anh", "Chị", "Bà", "Ông", "Cô", "Chú", "Em",
    ]
    /// Capitalised words after a title that are not names.
    static let notNames: Set<String> = ["I", "The", "A", "An", "Tôi", "Chúng", "Họ", "Nhưng", "Và", "Khi"]

    public init() {}

    public func flags(in lines: [String]) -> [Flag] {
        lines.enumerated().flatMap { index, line in flags(in: line, line: index + 1) }
    }

    /// The likely names of one line.
    func flags(in text: String, line: Int) -> [Flag] {
        let words = Self.words(text)
        var flags: [Flag] = []
        var index = 0
        while index < words.count {
            let word = words[index]
            var length = 0
            if Self.familyNames.contains(word.text) {
                while index + length + 1 < words.count, Self.isCapitalised(words[index + length + 1].text) {
                    length += 1
                }
            } else if Self.titles.contains(word.text), index + 1 < words.count,
                Self.isCapitalised(words[index + 1].text), !Self.notNames.contains(words[index + 1].text)
            {
                length = 1
                while index + length + 1 < words.count, Self.isCapitalised(words[index + length + 1].text),
                    length < 3
                {
                    length += 1
                }
            }
            if length > 0 {
                let last = words[index + length]
                let scalars = Array(text.unicodeScalars)
                var name = String.UnicodeScalarView()
                name.append(contentsOf: scalars[word.start..<last.end])
                flags.append(Flag(line: line, column: word.start + 1, text: String(name)))
                index += length + 1
            } else {
                index += 1
            }
        }
        return flags
    }

    /// `text` with every flagged name replaced by `[name]`.
    public func masked(_ text: String) -> String {
        var result = ""
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if index > 0 { result += "\n" }
            var scalars = Array(String(line).unicodeScalars)
            for flag in flags(in: String(line), line: 1).reversed() {
                let start = flag.column - 1
                scalars.replaceSubrange(start..<(start + flag.text.unicodeScalars.count), with: "[name]".unicodeScalars)
            }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars)
            result += String(view)
        }
        return result
    }

    private struct Word {
        var text: String
        /// Code-point offsets in the line.
        var start: Int
        var end: Int
    }

    private static func words(_ text: String) -> [Word] {
        var words: [Word] = []
        var current = String.UnicodeScalarView()
        var start = 0
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            if scalar.properties.isAlphabetic
                || scalar == "." && !current.isEmpty && titles.contains(String(current) + ".")
                || scalar.properties.generalCategory == .nonspacingMark
            {
                if current.isEmpty { start = offset }
                current.append(scalar)
            } else if !current.isEmpty {
                words.append(Word(text: String(current), start: start, end: offset))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append(Word(text: String(current), start: start, end: text.unicodeScalars.count)) }
        return words
    }

    private static func isCapitalised(_ word: String) -> Bool {
        guard let first = word.first, first.isUppercase else { return false }
        return !notNames.contains(word)
    }
}
