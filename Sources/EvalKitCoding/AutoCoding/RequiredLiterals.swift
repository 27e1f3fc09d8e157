/// What a regular expression cannot match without: a few literal strings, one of which occurs
/// in every text the pattern matches. The auto-coder looks for them in the same pass that finds
/// phrases, and runs the pattern only on texts that hold one (most hold none).
///
/// Reads a subset of ICU's syntax: literal characters, escaped punctuation, `\b`, groups with
/// alternatives, small character classes and the quantifiers. Anything else (flags, look-around,
/// back references, `\Q`, set operations) gives no literals, and the pattern then runs on every
/// text: a missing prefilter costs time, a wrong one would lose matches. Only ASCII literals are
/// used, lower-cased, because the text they are looked for in is folded (`FoldedText`).
enum RequiredLiterals {
    /// The most strings one alternative set may hold before a run is cut.
    static let maximumAlternatives = 64

    /// Literals of which every match of `pattern` contains one, or nil when none is known or they
    /// are too short to be worth looking for (fewer than 2 characters).
    static func of(_ pattern: String) -> Set<[UInt32]>? {
        var parser = Parser(Array(pattern.unicodeScalars.map(\.value)))
        guard let info = parser.parseAlternation(), parser.isAtEnd else { return nil }
        guard let required = info.required, let shortest = required.map(\.count).min(), shortest >= 2 else {
            return nil
        }
        return required
    }

    /// What is known about a part of a pattern.
    struct Info {
        /// Every string the part can match, when they are few (nil: many or unknown).
        var exact: Set<[UInt32]>?
        /// Strings one of which every match of the part contains (nil: unknown).
        var required: Set<[UInt32]>?

        static let unknown = Info(exact: nil, required: nil)
        static let empty = Info(exact: [[]], required: nil)
        static func literal(_ value: UInt32) -> Info { Info(exact: [[value]], required: [[value]]) }
    }

    struct Parser {
        let scalars: [UInt32]
        var position = 0

        init(_ scalars: [UInt32]) { self.scalars = scalars }

        var isAtEnd: Bool { position == scalars.count }
        private var next: UInt32? { position < scalars.count ? scalars[position] : nil }

        /// Alternatives separated by `|`, up to the end or a closing parenthesis. Nil: give up.
        mutating func parseAlternation() -> Info? {
            var branches: [Info] = []
            while true {
                guard let branch = parseConcatenation() else { return nil }
                branches.append(branch)
                guard next == ascii("|") else { break }
                position += 1
            }
            guard branches.count > 1 else { return branches[0] }
            return Info(
                exact: union(branches.map(\.exact)),
                required: union(branches.map { $0.required ?? Self.usable($0.exact) }))
        }

        private mutating func parseConcatenation() -> Info? {
            var run: Set<[UInt32]> = [[]]
            var whole: Set<[UInt32]>? = [[]]
            var best: Set<[UInt32]>?
            func consider(_ candidate: Set<[UInt32]>?) {
                guard let candidate = Self.usable(candidate) else { return }
                if let current = best, Self.rank(current) >= Self.rank(candidate) { return }
                best = candidate
            }
            while let value = next, value != ascii("|"), value != ascii(")") {
                guard let atom = parseAtom(), let element = parseQuantifier(after: atom) else { return nil }
                if let exact = element.exact {
                    whole = whole.flatMap { product($0, exact) }
                    if let joined = product(run, exact) {
                        run = joined
                    } else {
                        consider(run)
                        run = exact
                    }
                } else {
                    whole = nil
                    consider(run)
                    consider(element.required)
                    run = [[]]
                }
            }
            consider(run)
            return Info(exact: whole, required: best)
        }

        private mutating func parseAtom() -> Info? {
            guard let value = next else { return nil }
            position += 1
            switch value {
            case ascii("("):
                if next == ascii("?") {
                    // Only a non-capturing group is understood; flags and look-around are not.
                    guard position + 1 < scalars.count, scalars[position + 1] == ascii(":") else { return nil }
                    position += 2
                }
                guard let inner = parseAlternation(), next == ascii(")") else { return nil }
                position += 1
                return inner
            case ascii("["): return parseClass()
            case ascii("."): return .unknown
            case ascii("^"), ascii("$"): return .empty
            case ascii("\\"): return parseEscape()
            case ascii("*"), ascii("+"), ascii("?"), ascii("{"), ascii(")"), ascii("]"): return nil
            default: return Self.character(value)
            }
        }

        private mutating func parseEscape() -> Info? {
            guard let value = next else { return nil }
            position += 1
            switch value {
            case ascii("b"), ascii("B"), ascii("A"), ascii("z"), ascii("Z"): return .empty
            case ascii("d"), ascii("D"), ascii("w"), ascii("W"), ascii("s"), ascii("S"), ascii("t"), ascii("n"),
                ascii("r"):
                return .unknown
            default:
                // Escaped punctuation stands for itself; any other escape is beyond this reader.
                return Self.isPunctuation(value) ? .literal(value) : nil
            }
        }

        /// A bracketed class of a few ASCII characters becomes their set; anything richer is unknown.
        private mutating func parseClass() -> Info? {
            var members: Set<UInt32> = []
            var understood = true
            if next == ascii("^") {
                understood = false
                position += 1
            }
            var previous: UInt32?
            while let value = next {
                position += 1
                if value == ascii("]") {
                    // A class that starts with "]" is read differently by regex engines: give up.
                    guard previous != nil else { return nil }
                    return understood ? Self.classInfo(members) : .unknown
                }
                switch value {
                case ascii("["): return nil  // nested sets and set operations
                case ascii("\\"):
                    guard let escaped = next else { return nil }
                    position += 1
                    if Self.isPunctuation(escaped) { members.insert(escaped) } else { understood = false }
                    previous = escaped
                case ascii("-") where previous != nil && next != ascii("]"):
                    guard let lower = previous, let upper = next, upper != ascii("\\"), upper >= lower,
                        upper - lower <= UInt32(maximumAlternatives)
                    else { return nil }
                    position += 1
                    for member in lower...upper { members.insert(member) }
                    previous = upper
                default:
                    members.insert(value)
                    previous = value
                }
            }
            return nil
        }

        private mutating func parseQuantifier(after atom: Info) -> Info? {
            guard let value = next else { return atom }
            var minimum: Int
            switch value {
            case ascii("?"): minimum = 0
            case ascii("*"): minimum = 0
            case ascii("+"): minimum = 1
            case ascii("{"):
                position += 1
                var digits = 0
                minimum = 0
                while let digit = next, (ascii("0")...ascii("9")).contains(digit) {
                    minimum = min(minimum * 10 + Int(digit - ascii("0")), 1_000_000)
                    digits += 1
                    position += 1
                }
                while let other = next, other != ascii("}") {
                    guard other == ascii(",") || (ascii("0")...ascii("9")).contains(other) else { return nil }
                    position += 1
                }
                guard digits > 0, next == ascii("}") else { return nil }
            default: return atom
            }
            position += 1
            if next == ascii("?") || next == ascii("+") { position += 1 }  // lazy or possessive
            if value == ascii("?") {
                return Info(exact: atom.exact.map { $0.union([[]]) }, required: nil)
            }
            // One or more copies: each match holds the atom at least once.
            return minimum >= 1 ? Info(exact: nil, required: atom.required ?? Self.usable(atom.exact)) : .unknown
        }

        private static func character(_ value: UInt32) -> Info? {
            guard value < 0x80 else { return .unknown }
            return .literal(lowered(value))
        }

        private static func classInfo(_ members: Set<UInt32>) -> Info {
            guard members.allSatisfy({ $0 < 0x80 }) else { return .unknown }
            let folded = Set(members.map { [Self.lowered($0)] })
            return Info(exact: folded, required: folded)
        }

        private static func lowered(_ value: UInt32) -> UInt32 {
            (ascii("A")...ascii("Z")).contains(value) ? value + 0x20 : value
        }

        private static func isPunctuation(_ value: UInt32) -> Bool {
            value < 0x80 && !(ascii("0")...ascii("9")).contains(value) && !(ascii("a")...ascii("z")).contains(value)
                && !(ascii("A")...ascii("Z")).contains(value)
        }

        /// A set is usable as a requirement when none of its strings is empty.
        static func usable(_ set: Set<[UInt32]>?) -> Set<[UInt32]>? {
            guard let set, !set.isEmpty, !set.contains([]) else { return nil }
            return set
        }

        /// Longer shortest strings filter better; among equals, fewer strings.
        private static func rank(_ set: Set<[UInt32]>) -> (Int, Int) {
            (set.map(\.count).min() ?? 0, -set.count)
        }
    }
}

private func ascii(_ character: Unicode.Scalar) -> UInt32 { character.value }

private func union(_ sets: [Set<[UInt32]>?]) -> Set<[UInt32]>? {
    var all: Set<[UInt32]> = []
    for set in sets {
        guard let set else { return nil }
        all.formUnion(set)
        if all.count > RequiredLiterals.maximumAlternatives { return nil }
    }
    return all
}

private func product(_ left: Set<[UInt32]>, _ right: Set<[UInt32]>) -> Set<[UInt32]>? {
    guard left.count * right.count <= RequiredLiterals.maximumAlternatives else { return nil }
    var joined: Set<[UInt32]> = []
    for head in left { for tail in right { joined.insert(head + tail) } }
    return joined
}
