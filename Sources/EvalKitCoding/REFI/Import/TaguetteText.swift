/// The text of a Taguette document's HTML, and how Taguette's highlight offsets (UTF-8 bytes
/// of the text nodes, entities decoded) map onto it.
///
/// A line break is added at the start of each block (paragraph, heading, list item, table row, `<br>`)
/// where the text has none, so that question markers start lines; such breaks take no bytes,
/// so positions still map exactly. Taguette's HTML is sanitized (no scripts, no comments that
/// matter); tags are skipped, entities decoded.
struct TaguetteText {
    let text: String
    /// For each scalar of `text`, the UTF-8 byte offset of its start (an added break gets the
    /// offset of what follows it), so the list never decreases and can be searched by halves.
    private let byteStarts: [Int]
    /// For each scalar of `text`, whether it is an added break (it has no bytes of its own).
    private let added: [Bool]
    /// The bytes of all text nodes.
    private let byteCount: Int

    init(html: String) {
        var scalars = String.UnicodeScalarView()
        var starts: [Int] = []
        var added: [Bool] = []
        var bytes = 0
        var index = html.unicodeScalars.startIndex
        let all = html.unicodeScalars
        func add(_ scalar: Unicode.Scalar) {
            scalars.append(scalar)
            starts.append(bytes)
            added.append(false)
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
                    starts.append(bytes)
                    added.append(true)
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
        self.added = added
        byteCount = bytes
    }

    static let blocks: Set<String> = ["p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "br", "blockquote"]

    /// The code-point range of text that bytes `start..<end` cover (a start inside a character
    /// moves to the next one, as Taguette splits); nil when out of range. Two binary searches:
    /// a project's many highlights cost no pass over their document each.
    func range(bytes start: Int, _ end: Int) -> Range<Int>? {
        guard start >= 0, start <= end, end <= byteCount else { return nil }
        var from = firstIndex(atOrAfter: start)
        while from < added.count && added[from] { from += 1 }
        var to = firstIndex(atOrAfter: end)
        while to > 0 && added[to - 1] { to -= 1 }
        return from..<max(from, to)
    }

    /// The first scalar whose byte offset is at least `byte` (the count when there is none).
    private func firstIndex(atOrAfter byte: Int) -> Int {
        var low = 0
        var high = byteStarts.count
        while low < high {
            let middle = (low + high) / 2
            if byteStarts[middle] < byte { low = middle + 1 } else { high = middle }
        }
        return low
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
