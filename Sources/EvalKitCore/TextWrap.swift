/// Word-wraps text for a plain terminal (default 80 columns).
public enum TextWrap {
    /// Lines of at most `width` characters (a longer single word stays whole), each
    /// prefixed with `indent`; the first line may use `firstIndent` instead.
    public static func lines(
        _ text: String, width: Int = 80, indent: String = "", firstIndent: String? = nil
    ) -> [String] {
        var lines: [String] = []
        var current = firstIndent ?? indent
        var currentHasWord = false
        for word in text.split(whereSeparator: \.isWhitespace) {
            if currentHasWord && current.count + 1 + word.count > width {
                lines.append(current)
                current = indent
                currentHasWord = false
            }
            current += (currentHasWord ? " " : "") + word
            currentHasWord = true
        }
        if currentHasWord || lines.isEmpty { lines.append(current) }
        return lines
    }

    public static func wrap(_ text: String, width: Int = 80, indent: String = "", firstIndent: String? = nil) -> String
    {
        lines(text, width: width, indent: indent, firstIndent: firstIndent).joined(separator: "\n")
    }
}
