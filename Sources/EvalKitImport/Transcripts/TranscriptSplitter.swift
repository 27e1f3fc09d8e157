import EvalKitCore
public import EvalKitInstruments

/// Splits a transcript into answers by the guide's questions.
///
/// A line that starts with a question id in brackets (`[recruitment.how] …`) starts that
/// question's answer; so does a line that is a question's own wording (a heading), compared
/// without regard to case, accents and punctuation. Text before the first such line, and
/// under a bracketed id the guide does not have, goes to the whole-transcript item: nothing
/// is dropped. In an FGD, speaker labels (`P3:`, `Moderator:`, `Người điều phối:`) split each
/// answer into contributions.
public struct TranscriptSplitter: Sendable {
    /// The question id that receives text no question claims.
    public static let wholeTranscriptID = "transcript"

    public enum Match: String, Sendable, Equatable {
        case marker
        case heading
        /// Not under any question of the guide.
        case none
    }

    public enum Speaker: Sendable, Hashable {
        /// Nobody named: the group (FGD) or the respondent (interview).
        case unnamed
        /// An FGD participant by seat (`P3:` is seat 3).
        case participant(Int)
        /// The moderator or interviewer: kept as a note, never as an answer.
        case moderator
    }

    public struct Contribution: Sendable, Equatable {
        public var speaker: Speaker
        public var text: String
        /// The line its text starts on.
        public var line: Int
    }

    public struct Part: Sendable, Equatable {
        public var questionID: String
        public var match: Match
        /// The line the part starts on (its marker or heading, or its first line of text).
        public var line: Int
        public var contributions: [Contribution]
    }

    public struct Result: Sendable, Equatable {
        public var parts: [Part]
        /// Bracketed ids that name no question of the guide, with their lines.
        public var unknownMarkers: [(line: Int, id: String)]

        public static func == (lhs: Result, rhs: Result) -> Bool {
            lhs.parts == rhs.parts && lhs.unknownMarkers.map(\.line) == rhs.unknownMarkers.map(\.line)
                && lhs.unknownMarkers.map(\.id) == rhs.unknownMarkers.map(\.id)
        }
    }

    let instrument: Instrument
    let speakers: Bool
    private let headings: [String: String]

    /// - Parameters:
    ///   - instrument: the guide whose questions the transcript follows.
    ///   - speakers: read speaker labels (FGD transcripts).
    public init(instrument: Instrument, speakers: Bool) {
        self.instrument = instrument
        self.speakers = speakers
        var headings: [String: String] = [:]
        for question in instrument.questions {
            for text in question.prompt.translations.values {
                let key = Self.headingKey(text)
                if !key.isEmpty && headings[key] == nil { headings[key] = question.id }
            }
        }
        self.headings = headings
    }

    public func split(_ lines: [String]) -> Result {
        var parts: [Part] = []
        var unknown: [(line: Int, id: String)] = []
        var current = Part(questionID: Self.wholeTranscriptID, match: .none, line: 1, contributions: [])
        var speaker = Speaker.unnamed
        func startPart(_ id: String, _ match: Match, _ line: Int) {
            parts.append(current)
            current = Part(questionID: id, match: match, line: line, contributions: [])
            speaker = .unnamed
        }
        for (index, line) in lines.enumerated() {
            let number = index + 1
            var text = line
            if let (id, rest) = Self.marker(line) {
                if instrument.question(id) != nil {
                    startPart(id, .marker, number)
                    text = rest
                } else {
                    unknown.append((number, id))
                    startPart(Self.wholeTranscriptID, .none, number)
                }
            } else if let id = headings[Self.headingKey(line)] {
                startPart(id, .heading, number)
                continue
            }
            if speakers, let (label, rest) = Self.speakerLabel(text) {
                speaker = label
                text = rest
                current.contributions.append(Contribution(speaker: speaker, text: "", line: number))
            } else if current.contributions.isEmpty || current.contributions.last?.speaker != speaker {
                if text.allSatisfy(\.isWhitespace) && current.contributions.isEmpty { continue }
                current.contributions.append(Contribution(speaker: speaker, text: "", line: number))
            }
            let last = current.contributions.count - 1
            if current.contributions[last].text.isEmpty {
                current.contributions[last].text = text
                current.contributions[last].line = number
            } else {
                current.contributions[last].text += "\n" + text
            }
        }
        parts.append(current)
        for index in parts.indices {
            parts[index].contributions = parts[index].contributions.compactMap { contribution in
                var trimmed = contribution
                trimmed.text = contribution.text.trimmingBlankLines()
                return trimmed.text.isEmpty ? nil : trimmed
            }
        }
        return Result(parts: parts.filter { !$0.contributions.isEmpty }, unknownMarkers: unknown)
    }

    /// `[question.id] rest of the line`.
    static func marker(_ line: String) -> (id: String, rest: String)? {
        guard let match = line.wholeMatch(of: /\s*\[([A-Za-z0-9][A-Za-z0-9._-]*)\]\s?(.*)/) else { return nil }
        return (String(match.1), String(match.2))
    }

    /// `P3: …`, `Participant 3: …`, `Người tham gia 3: …`, `Moderator: …`, `Người điều phối: …`.
    static func speakerLabel(_ line: String) -> (Speaker, String)? {
        let pattern =
            /(?i)\s*(?:(?:P|Participant|Người tham gia|NTG)\s*(\d{1,3})|(Moderator|Facilitator|Interviewer|Người điều phối|Người phỏng vấn|Điều phối viên))\s*[:：]\s?(.*)/
        guard let match = line.wholeMatch(of: pattern) else { return nil }
        if let seat = match.1.flatMap({ Int($0) }), seat > 0 { return (.participant(seat), String(match.3)) }
        if match.2 != nil { return (.moderator, String(match.3)) }
        return nil
    }

    /// Letters and digits only, folded (case, accents, đ), single spaces: how headings compare.
    static func headingKey(_ text: String) -> String {
        let folded = FoldedText(text).string
        var key = ""
        var pendingSpace = false
        for character in folded {
            if character.isLetter || character.isNumber {
                if pendingSpace && !key.isEmpty { key.append(" ") }
                pendingSpace = false
                key.append(character)
            } else {
                pendingSpace = true
            }
        }
        return key
    }
}

extension String {
    /// Without blank lines at the start and the end, and without trailing white space.
    func trimmingBlankLines() -> String {
        var lines = split(separator: "\n", omittingEmptySubsequences: false)
        while let first = lines.first, first.allSatisfy(\.isWhitespace) { lines.removeFirst() }
        while let last = lines.last, last.allSatisfy(\.isWhitespace) { lines.removeLast() }
        return lines.joined(separator: "\n")
    }
}

extension TranscriptSplitter {
    /// A part of a text that keeps its place: the question and the code-point range of its
    /// answer in the original text (blank lines around it and a marker before it left out).
    public struct Span: Sendable, Equatable {
        public var questionID: String
        public var range: Range<Int>
    }

    /// The text's parts by question, each the exact characters of the original text, so that
    /// positions in the text (coded selections of another tool) map onto the answers. Speaker
    /// labels are not read here; headings and markers are, as in `split(_:)`.
    public func spans(of text: String) -> [Span] {
        var spans: [Span] = []
        var current: (id: String, start: Int?, end: Int) = (Self.wholeTranscriptID, nil, 0)
        func close() {
            if let start = current.start, start < current.end {
                spans.append(Span(questionID: current.id, range: start..<current.end))
            }
        }
        for line in Self.lines(of: text) {
            var contentStart = line.start
            if let (id, rest) = Self.marker(line.text) {
                close()
                let known = instrument.question(id) != nil
                current = (known ? id : Self.wholeTranscriptID, nil, line.start)
                if known { contentStart = line.end - rest.unicodeScalars.count }
            } else if let id = headings[Self.headingKey(line.text)] {
                close()
                current = (id, nil, line.end)
                continue
            }
            let content = line.text.unicodeScalars.dropFirst(contentStart - line.start)
            guard !content.allSatisfy(\.properties.isWhitespace) else { continue }
            if current.start == nil {
                let leading = content.prefix { $0.properties.isWhitespace }.count
                current.start = contentStart + leading
            }
            let trailing = content.reversed().prefix { $0.properties.isWhitespace }.count
            current.end = line.end - trailing
        }
        close()
        return spans
    }

    /// Lines with their code-point ranges (without the line break) in `text`.
    static func lines(of text: String) -> [(text: String, start: Int, end: Int)] {
        var lines: [(text: String, start: Int, end: Int)] = []
        var current = String.UnicodeScalarView()
        var start = 0
        var offset = 0
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { offset += 1 }
            if scalar == "\n" && previousWasCR {
                previousWasCR = false
                start = offset + 1
                continue
            }
            previousWasCR = scalar == "\r"
            if scalar == "\n" || scalar == "\r" {
                lines.append((String(current), start, offset))
                current = String.UnicodeScalarView()
                start = offset + 1
            } else {
                current.append(scalar)
            }
        }
        lines.append((String(current), start, offset))
        return lines
    }
}
