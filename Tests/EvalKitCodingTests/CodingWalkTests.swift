import EvalKitCoding
import EvalKitStore
import EvalKitTerminal
import EvalKitTestSupport
import Foundation
import Testing

struct CodingWalkTests {
    private let moment = Date(timeIntervalSince1970: 1_300_000_000)
    private let codes = [
        StoredCode(
            id: "debt", parentID: nil, position: 0, label: "Debt", colour: "#000000", valence: "negative", weight: 1,
            criteria: [], evaluationQuestions: []),
        StoredCode(
            id: "safety.home", parentID: nil, position: 1, label: "Safe at home", colour: "#00AA00",
            valence: "positive", weight: 1, criteria: [], evaluationQuestions: []),
        StoredCode(
            id: "safety.road", parentID: nil, position: 2, label: "Safe on the road", colour: "#00AA00",
            valence: "positive", weight: 1, criteria: [], evaluationQuestions: []),
    ]

    private func store(answers: [String], in folder: TemporaryDirectory) throws -> (ProjectStore, [Int64]) {
        let store = try ProjectStore(path: ProjectStore.path(inProject: folder.path))
        try store.createSession(
            SessionRecord(
                id: "s1", instrumentID: "guide", instrumentVersion: "1", instrumentSnapshot: "{}", method: .interview,
                siteID: "north", unitID: nil, respondentGroup: "survivor", interviewerCode: nil, language: "vi",
                startedAt: moment, consentAt: moment))
        let ids = try answers.enumerated().map { index, text in
            try store.addContribution(
                AnswerRecord(
                    sessionID: "s1", questionID: "q\(index + 1)", respondentCode: nil, status: .answered, value: text,
                    recordedAt: moment)
            ).id!
        }
        return (store, ids)
    }

    private func walk(_ store: ProjectStore, _ script: String, coder: String = "A") throws -> (
        CodingWalk.Summary, String
    ) {
        let transcript = Transcript()
        let walk = CodingWalk(
            store: store, coder: coder, filter: AnswerFilter(), codes: codes, input: ScriptLines(text: script),
            screen: Screen { transcript.append($0) }, questionText: { _, question in "Question \(question)?" },
            clock: { self.moment })
        return (try walk.run(), transcript.value)
    }

    @Test func codesGoOnTheWholeAnswerOrOnASpanOfWords() throws {
        let folder = try TemporaryDirectory()
        let (store, ids) = try store(
            answers: ["Gia đình tôi mắc nợ nhiều.", "Bây giờ ở nhà tôi thấy an toàn."], in: folder)
        let (summary, transcript) = try walk(store, "1\n\nhome w6-8\n:memo feels safe now\n\n")
        #expect(summary == CodingWalk.Summary(answersDone: 2, segmentsAdded: 2))
        #expect(try store.segments(answerID: ids[0]).map(\.codeID) == ["debt"])
        let span = try #require(try store.segments(answerID: ids[1]).first)
        // Words 6-8 of "Bây giờ ở nhà tôi thấy an toàn." are "thấy an toàn." at code points 18..<31.
        #expect(span.codeID == "safety.home")
        #expect(span.range == 18..<31)
        #expect(span.memo == "feels safe now")
        #expect(transcript.contains("Question q1?"))
        #expect(transcript.contains("Nothing left to code for A here."))
    }

    @Test func anAmbiguousOrUnknownNameIsExplainedAndNothingIsSaved() throws {
        let folder = try TemporaryDirectory()
        let (store, ids) = try store(answers: ["An toàn."], in: folder)
        let (_, transcript) = try walk(store, "safe\nstigma\n9\ndebt w4\n:stop\n")
        // The screen wraps at 80 columns, so only the start of the longer message is matched.
        #expect(transcript.contains("'safe' matches several codes: 2 safety.home, 3 safety.road. Type more"))
        #expect(transcript.contains("No code matches 'stigma'; type :codes to list them."))
        #expect(transcript.contains("There is no code 9; codes are numbered 1 to 3 (:codes lists them)."))
        #expect(transcript.contains("The answer has 2 words; w4-4 is outside it."))
        #expect(try store.segments(answerID: ids[0]) == [])
    }

    @Test func stoppingAndRunningAgainContinuesWithTheNextAnswer() throws {
        let folder = try TemporaryDirectory()
        let (store, ids) = try store(answers: ["one", "two", "three"], in: folder)
        _ = try walk(store, "1\n\n:stop\n")
        let (summary, transcript) = try walk(store, "\n2\n\n")
        #expect(summary == CodingWalk.Summary(answersDone: 2, segmentsAdded: 1))
        #expect(transcript.contains("Coding as A: 2 answers to go."))
        #expect(try store.segments(answerID: ids[2]).map(\.codeID) == ["safety.home"])
        // Going through "two" without a code still counts: B's agreement sees it as absent.
        #expect(try store.unreviewedCount(coder: "A", filter: AnswerFilter()) == 0)
    }

    @Test func backReturnsToThePreviousAnswerAndUndoRemovesTheLastCode() throws {
        let folder = try TemporaryDirectory()
        let (store, ids) = try store(answers: ["one", "two"], in: folder)
        _ = try walk(store, "1\n\n:back\n2\n:undo\n3\n\n\n")
        #expect(try store.segments(answerID: ids[0]).map(\.codeID) == ["debt", "safety.road"])
        #expect(try store.unreviewedCount(coder: "A", filter: AnswerFilter()) == 0)
    }

    @Test func anotherCodersWorkIsNeitherShownNorChanged() throws {
        let folder = try TemporaryDirectory()
        let (store, ids) = try store(answers: ["one"], in: folder)
        _ = try walk(store, "1\n\n", coder: "B")
        let (_, transcript) = try walk(store, "2\n\n", coder: "A")
        #expect(!transcript.contains("Already coded"))
        #expect(try store.segments(answerID: ids[0]).map { "\($0.coder):\($0.codeID)" } == ["B:debt", "A:safety.home"])
    }
}
