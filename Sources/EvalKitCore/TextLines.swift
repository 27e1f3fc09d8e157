/// Splits text into lines at LF, CRLF or a lone CR, as files from Windows, old Macs and Unix
/// end them. Swift's `Character` treats CRLF as one character, so splitting on "\n" alone
/// misses Windows line ends; this works on code points.
public enum TextLines {
    /// The lines without their line breaks; a break at the very end starts no extra line.
    public static func split(_ text: String) -> [String] {
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" && previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = scalar == "\r"
            if scalar == "\n" || scalar == "\r" {
                lines.append(String(current))
                current = String.UnicodeScalarView()
            } else {
                current.append(scalar)
            }
        }
        if !current.isEmpty { lines.append(String(current)) }
        return lines
    }
}
