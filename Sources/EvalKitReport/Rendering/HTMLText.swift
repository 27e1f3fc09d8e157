/// A growing HTML document with escaping done in one place: text and attribute values always
/// go through `escape`, so no report text can become markup.
struct HTMLText {
    private(set) var output = ""

    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// Markup written as is: only for literals of this module.
    mutating func raw(_ markup: String) { output += markup }

    mutating func text(_ text: String) { output += Self.escape(text) }

    mutating func open(_ tag: String, _ attributes: [(String, String)] = []) {
        output += "<" + tag
        for (name, value) in attributes { output += " \(name)=\"\(Self.escape(value))\"" }
        output += ">"
    }

    mutating func close(_ tag: String) { output += "</\(tag)>" }

    /// `<tag attributes>text</tag>` and a line break.
    mutating func element(_ tag: String, _ text: String, _ attributes: [(String, String)] = []) {
        open(tag, attributes)
        self.text(text)
        close(tag)
        output += "\n"
    }
}
