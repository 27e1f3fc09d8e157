import EvalKitCoding
import EvalKitInstruments
import Testing

@testable import EvalKitDemo

struct PhraseBankTests {
    static let voices: [Voice] = [.survivor, .family, .worker]

    @Test func everyPlannedTopicHasItsOwnSentences() {
        let plans = [
            QuestionPlan.survivor, QuestionPlan.family, QuestionPlan.government, QuestionPlan.centreStaff,
            QuestionPlan.fgd,
        ]
        for topic in Set(plans.flatMap { $0.values.flatMap(\.topics) }) {
            let found = Self.voices.contains { PhraseBank.topic(topic, $0) != PhraseBank.genericTopic }
            #expect(found, "topic '\(topic)'")
        }
    }

    @Test func everyAspectHasBothSidesInEveryVoice() {
        for aspect in Aspect.allCases {
            for voice in Self.voices {
                let lines = PhraseBank.lines(aspect, voice)
                #expect(!lines.good.isEmpty && !lines.bad.isEmpty, "\(aspect) \(voice)")
            }
        }
    }

    // A typed line starting with ':' is a command and one starting with '#' a comment.
    @Test func noSentenceCouldBeMistakenForACommandOrComment() {
        var all = PhraseBank.openers + PhraseBank.genericTopic
        for voice in Self.voices {
            for aspect in Aspect.allCases {
                all += PhraseBank.lines(aspect, voice).good + PhraseBank.lines(aspect, voice).bad
            }
        }
        for topics in [PhraseBank.survivorTopics, PhraseBank.familyTopics, PhraseBank.workerTopics] {
            all += topics.values.flatMap { $0 }
        }
        for sentence in all {
            #expect(!sentence.hasPrefix(":") && !sentence.hasPrefix("#") && !sentence.contains("\n"), "\(sentence)")
        }
    }

    // Unfavourable sentences must give the rules negative evidence, or the models could not differ.
    @Test func unfavourableSentencesMostlyGetANegativeCode() throws {
        let codebook = try #require(DemoFixture.project.codebook)
        let coder = try AutoCoder(rules: codebook.rules(adding: []))
        let negative = Set(codebook.allCodes.filter { $0.code.valence == .negative }.map(\.code.id))
        var total = 0
        var coded = 0
        for voice in Self.voices {
            for aspect in Aspect.allCases {
                for line in PhraseBank.lines(aspect, voice).bad {
                    total += 1
                    if coder.matches(in: line).contains(where: { negative.contains($0.code) }) { coded += 1 }
                }
            }
        }
        #expect(Double(coded) / Double(total) >= 0.85, "\(coded) of \(total)")
    }
}
