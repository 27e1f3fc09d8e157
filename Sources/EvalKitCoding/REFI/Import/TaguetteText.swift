/// The text of a Taguette document's HTML, and how Taguette's highlight offsets (UTF-8 bytes
/// of the text nodes, entities decoded) map onto it.
///
/// A line break is added at the start of each block (paragraph, heading, list item, table row, `<br>`)
/// where the text has none, so that question markers start lines; such breaks take no bytes,
/// so positions still map exactly. Taguette's HTML is sanitized (no scripts, no comments that
/// matter); tags are skipped, entities decoded.
struct TaguetteText {
    let text: String
    /// For each scalar of `text`, the UTF-8 byte offset of its start; nil for an added break.
    private let byteStarts: [Int?]
    /// The bytes of all text nodes.
    private let byteCount: Int

    init(html: String) {
        var scalars = String.UnicodeScalarView()
        var starts: [Int?] = []
        var bytes = 0
        var index = html.unicodeScalars.startIndex
        let all = html.unicodeScalars
        func add(_ scalar: Unicode.Scalar) {
            scalars.append(scalar)
            starts.append(bytes)
            bytes += String(scalar).utf8.count
        }
        while index < all.endIndex {
            let scalar = all[index]
            if scalar == "<" {
                var end = all.index(after: index)
                var quote: Unicode.Scalar?
                while end < all.endIndex {
                    let next = all[end]
                    if let open = quote {
                        if next == open { quote = nil }
                    } else if next == "\"" || next == "'" {
                        quote = next
                    } else if next == ">" {
                        break
                    }
                    end = all.index(after: end)
                }
                var tag = String.UnicodeScalarView()
                tag.append(contentsOf: all[all.index(after: index)..<end])
                let name = String(tag).prefix { $0.isLetter || $0.isNumber }.lowercased()
                if Self.blocks.contains(name), let last = scalars.last, last != "\n" {
                    scalars.append("\n")
                    starts.append(nil)
                }
                index = end < all.endIndex ? all.index(after: end) : end
            } else if scalar == "&", let (decoded, next) = Self.entity(in: all, at: index) {
                add(decoded)
                index = next
            } else {
                add(scalar)
                index = all.index(after: index)
            }
        }
        text = String(scalars)
        byteStarts = starts
        byteCount = bytes
    }

    static let blocks: Set<String> = ["p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "br", "blockquote"]

    /// The code-point range of text that bytes `start..<end` cover (a start inside a character
    /// moves to the next one, as Taguette splits); nil when out of range.
    func range(bytes start: Int, _ end: Int) -> Range<Int>? {
        guard start >= 0, start <= end else { return nil }
        guard end <= byteCount else { return nil }
        let from = byteStarts.firstIndex { ($0 ?? -1) >= start } ?? byteStarts.count
        let to = (byteStarts.lastIndex { ($0 ?? Int.max) < end } ?? -1) + 1
        return from..<max(from, to)
    }

    private static func entity(
        in all: String.UnicodeScalarView, at index: String.UnicodeScalarView.Index
    ) -> (Unicode.Scalar, String.UnicodeScalarView.Index)? {
        var end = all.index(after: index)
        var name = ""
        while end < all.endIndex, all[end] != ";", name.count < 10 {
            name.unicodeScalars.append(all[end])
            end = all.index(after: end)
        }
        guard end < all.endIndex, all[end] == ";" else { return nil }
        let next = all.index(after: end)
        let named: [String: Unicode.Scalar] = [
            "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}",
        ]
        if let scalar = named[name] { return (scalar, next) }
        if name.hasPrefix("#x") || name.hasPrefix("#X"), let value = UInt32(name.dropFirst(2), radix: 16),
            let scalar = Unicode.Scalar(value)
        {
            return (scalar, next)
        }
        if name.hasPrefix("#"), let value = UInt32(name.dropFirst()), let scalar = Unicode.Scalar(value) {
            return (scalar, next)
        }
        return nil
    }
}
