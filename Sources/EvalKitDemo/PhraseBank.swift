/// The demo's sentences, all written for EvalKit and all invented: per aspect a favourable
/// and an unfavourable set in each voice, and neutral sentences per topic. Many sentences
/// hold a phrase of the reference codebook's auto-coding rules, so that `code auto` finds
/// the evidence the generator put there. Family sentences use `{child}`, `{Child}`, `{she}`,
/// `{him}` and `{his}`, filled in for a daughter or a son.
enum PhraseBank {
    struct Lines: Sendable {
        var good: [String]
        var bad: [String]
    }

    /// The sentences about `aspect` for `voice`; worker sentences stand in where a voice has none.
    static func lines(_ aspect: Aspect, _ voice: Voice) -> Lines {
        let own: Lines? =
            switch voice {
            case .survivor: survivor[aspect]
            case .family: family[aspect]
            case .worker: worker[aspect]
            }
        return own ?? worker[aspect] ?? Lines(good: [], bad: [])
    }

    /// Neutral sentences on a topic for `voice`, falling back to the worker's.
    static func topic(_ name: String, _ voice: Voice) -> [String] {
        let own: [String]? =
            switch voice {
            case .survivor: survivorTopics[name]
            case .family: familyTopics[name]
            case .worker: workerTopics[name]
            }
        return own ?? workerTopics[name] ?? genericTopic
    }

    /// For a question the demo has no plan for.
    static let genericTopic = [
        "It depends a lot on the family and on the village.",
        "I can only speak about what I have seen myself.",
        "It is hard to say; things have changed over the last few years.",
    ]

    /// Short openings that make answers sound spoken; they match no rule.
    static let openers = [
        "Let me think.", "It is hard to explain.", "That is not easy to say.", "I will try to answer.",
        "I have thought about this a lot.",
    ]
}
