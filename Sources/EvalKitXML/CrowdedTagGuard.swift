/// libxml2 (2.9) checks each attribute of an element against every other one, which takes
/// time in the square of their number: one element with 200,000 attributes keeps it busy for
/// minutes. No EvalKit or REFI-QDA element has more than a few dozen, so a file with an
/// element beyond `limit` is refused before libxml2 sees it, in one pass over its bytes.
enum CrowdedTagGuard {
    /// The most attributes (namespace declarations included) one element may have.
    static let limit = 256

    /// The offset of the first start tag with more than `limit` attributes; an attribute is
    /// counted at each `=` outside quotes inside a tag. Comments, CDATA and processing
    /// instructions are not tags; text that only looks like one can only be counted too high,
    /// and only past a limit no real file reaches.
    static func firstCrowdedTag(in bytes: [UInt8]) -> Int? {
        let less = UInt8(ascii: "<"), greater = UInt8(ascii: ">"), equals = UInt8(ascii: "=")
        let bang = UInt8(ascii: "!"), question = UInt8(ascii: "?")
        let double = UInt8(ascii: "\""), single = UInt8(ascii: "'")
        var tagStart: Int?
        var quote: UInt8?
        var count = 0
        for index in bytes.indices {
            let byte = bytes[index]
            guard let start = tagStart else {
                if byte == less, index + 1 < bytes.count, bytes[index + 1] != bang, bytes[index + 1] != question {
                    tagStart = index
                    count = 0
                }
                continue
            }
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == double || byte == single {
                quote = byte
            } else if byte == equals {
                count += 1
                if count > limit { return start }
            } else if byte == greater {
                tagStart = nil
            }
        }
        return nil
    }
}
