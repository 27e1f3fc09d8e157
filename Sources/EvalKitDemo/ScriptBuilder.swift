import EvalKitCore
public import EvalKitInstruments

/// Writes the line script of one demo session: exactly what an interviewer would type, and
/// what a `--script` file for `evalkit interview start` would hold. The engine gets these
/// lines through `ScriptLines`, so the demo goes through every check a person's session does:
/// private setting, consent, the guardian's consent for a minor, the roster, the profile.
public struct ScriptBuilder {
    /// An open answer or FGD contribution as the store will hold it.
    public struct Text: Sendable, Equatable {
        public var question: String
        public var text: String
    }

    public struct Script: Sendable, Equatable {
        /// One entry per line, as typed.
        public var lines: [String]
        /// Open answers and contributions in the order given.
        public var texts: [Text]

        /// The script as a file would hold it.
        public var text: String { lines.joined(separator: "\n") + "\n" }
    }

    let spec: DemoSessionSpec
    let instrument: Instrument
    let consent: ConsentScript
    let model: ProgrammeModel

    public init(spec: DemoSessionSpec, instrument: Instrument, consent: ConsentScript, unit: String?) {
        self.spec = spec
        self.instrument = instrument
        self.consent = consent
        self.model = ProgrammeModel.forUnit(unit)
    }

    /// The script for `seed`; the same seed always gives the same script.
    public func script(seed: UInt64) -> Script {
        var random = SeededGenerator(seed: seed, label: spec.label)
        let people = PersonaGenerator(
            siteID: spec.siteID, respondentGroup: spec.respondentGroup, isGroup: spec.isGroup)
        let count = max(spec.participants, 1)
        let women = spec.women ?? (0..<count).filter { _ in random.chance(femaleShare) }.count
        var seats = Array(repeating: false, count: count)
        for seat in 0..<min(women, count) { seats[seat] = true }
        seats.shuffle(using: &random)
        let profiles = seats.map { people.profile(fields: instrument.profile, female: $0, using: &random) }

        let minorities = profiles.map { ($0["ethnicity"] ?? nil).map { $0 != "kinh" } ?? false }
        var lines = consentLines(profiles: profiles, minorities: minorities, using: &random)
        if spec.isGroup { lines.append(String(count)) }
        for profile in profiles {
            for field in instrument.profile { lines.append(entry(profile[field.id] ?? nil, kind: field.answerKind)) }
        }

        var composer = AnswerComposer(model: model, voice: voice, minority: minorities[0])
        composer.childIsSon = random.chance(0.2)
        var answers: [String: String] = [:]
        var texts: [Text] = []
        var noteKept = false
        for question in instrument.questions {
            guard isApplicable(question, answers: answers, profiles: profiles) else { continue }
            if let note = spec.note, !noteKept {
                lines.append(":note " + note)
                noteKept = true
            } else if random.chance(0.015) {
                lines.append(":note " + random.pick(Self.notes))
            }
            if question.answer == .text {
                if spec.isGroup {
                    for (seat, text) in contributions(question, composer, minorities, count, &random) {
                        lines += [seat.map { String($0 + 1) } ?? "g", text, ""]
                        texts.append(Text(question: question.id, text: text))
                    }
                    lines.append("")
                    continue
                }
                if random.chance(question.sensitive ? 0.08 : 0.015) {
                    lines.append(":skip")
                    continue
                }
                let typed = paragraph(
                    composer.compose(QuestionPlan.plan(for: question, in: instrument), using: &random), using: &random)
                lines += typed + [""]
                texts.append(Text(question: question.id, text: typed.joined(separator: "\n")))
                answers[question.id] = typed.joined(separator: "\n")
            } else {
                var value = ChoiceAnswers.value(
                    for: question, model: model, ethnicGroups: ethnicGroups, using: &random)
                if question.id == "child.sex" { value = composer.childIsSon ? "male" : "female" }
                if random.chance(0.01) {
                    lines.append(":skip")
                    continue
                }
                lines.append(entry(value, kind: question.answer))
                answers[question.id] = value
            }
        }
        return Script(lines: lines, texts: texts)
    }

    /// Private place, interpreter, minor (with the guardian's consent for one), consent and
    /// the interviewer's attestation: always yes, so every demo session has consent.
    private func consentLines(
        profiles: [[String: String?]], minorities: [Bool], using random: inout SeededGenerator
    ) -> [String] {
        let ages = profiles.compactMap { ($0["age"] ?? nil).flatMap(Int.init) }
        let minor = ages.contains { $0 < consent.guardian.minorBelow }
        // Respondents of an ethnic minority sometimes speak through an interpreter.
        let interpreter = !spec.isGroup && minorities[0] && random.chance(spec.siteID == "lao-cai" ? 0.4 : 0.2)
        var lines = ["yes", interpreter ? "yes" : "no", minor ? "yes" : "no"]
        if minor { lines += ["yes", "yes"] }
        return lines + ["yes", "yes"]
    }

    private var voice: Voice {
        switch spec.respondentGroup {
        case "survivor": .survivor
        case "family": .family
        default: .worker
        }
    }

    private var femaleShare: Double {
        switch spec.respondentGroup {
        case "family": 0.7
        case "centre-staff": 0.7
        default: 0.45
        }
    }

    private var ethnicGroups: [String] {
        PersonaGenerator.ethnicity[spec.siteID].map { $0.community.map(\.0) } ?? ["kinh"]
    }

    /// Who speaks in an FGD and what they say: one to four contributions per question,
    /// sometimes the group as a whole (nil).
    private func contributions(
        _ question: Question, _ composer: AnswerComposer, _ minorities: [Bool], _ count: Int,
        _ random: inout SeededGenerator
    ) -> [(Int?, String)] {
        let plan = QuestionPlan.plan(for: question, in: instrument)
        let speakers = Int.random(in: 1...4, using: &random)
        var result: [(Int?, String)] = []
        var used: Set<Int> = []
        for _ in 0..<speakers {
            let drawn = Int.random(in: 0..<count, using: &random)
            // Now and then the facilitator records what the group agreed on as a whole.
            let seat: Int? = random.chance(used.contains(drawn) ? 0.5 : 0.1) ? nil : drawn
            used.insert(drawn)
            var speaker = composer
            speaker.minority = seat.map { minorities[$0] } ?? false
            // Survivors in a group speak partly of themselves, partly of people in general.
            if spec.respondentGroup == "survivor" { speaker.voice = random.chance(0.5) ? .survivor : .worker }
            result.append((seat, speaker.compose(plan, using: &random)))
        }
        return result
    }

    /// Free text as typed: one line, or (now and then) two lines split between sentences.
    private func paragraph(_ text: String, using random: inout SeededGenerator) -> [String] {
        let parts = text.split(separator: ". ", maxSplits: 1)
        guard parts.count == 2, random.chance(0.1) else { return [text] }
        return [parts[0] + ".", String(parts[1])]
    }

    /// The typed entry for a stored value: option numbers for choices, the value otherwise,
    /// and an empty line for an optional field left out.
    private func entry(_ value: String?, kind: AnswerKind) -> String {
        guard let value else { return "" }
        let options = kind.options
        guard !options.isEmpty, kind != .yesNo else { return value }
        return value.split(separator: " ").compactMap { part in
            options.firstIndex { $0.value == part }.map { String($0 + 1) }
        }.joined(separator: " ")
    }

    /// The runner's skip logic, applied to the answers this script gives: a condition on a
    /// question that was declined or not asked is false; one on a profile field holds when it
    /// holds for any participant.
    private func isApplicable(_ question: Question, answers: [String: String], profiles: [[String: String?]]) -> Bool {
        question.conditions.allSatisfy { condition in
            let values = answers[condition.ref].map { [$0] } ?? profiles.compactMap { $0[condition.ref] ?? nil }
            return values.contains { Self.holds(condition.test, for: $0) }
        }
    }

    static func holds(_ test: Condition.Test, for value: String) -> Bool {
        switch test {
        case .equals(let values): values.contains(value)
        case .notEquals(let values): !values.contains(value)
        case .includes(let values): !Set(value.split(separator: " ").map(String.init)).isDisjoint(with: values)
        case .atLeast(let number): Int(value).map { $0 >= number } ?? false
        case .atMost(let number): Int(value).map { $0 <= number } ?? false
        }
    }

    static let notes = [
        "The respondent asked for a short break here.", "A neighbour came by; we waited until they left.",
        "The respondent's child was present for a few minutes.", "Answered after a long pause.",
    ]
}
