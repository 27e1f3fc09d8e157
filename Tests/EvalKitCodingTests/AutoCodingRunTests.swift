import EvalKitCoding
import EvalKitInstruments
import EvalKitStore
import EvalKitTestSupport
import Foundation
import Testing

@testable import EvalKitCoding

struct AutoCodingRunTests {
    private let moment = Date(timeIntervalSince1970: 1_300_000_000)

    private func project(answers: [String]) throws -> (TemporaryDirectory, ProjectStore, [AnswerRecord]) {
        let folder = try TemporaryDirectory()
        let store = try ProjectStore(path: ProjectStore.path(inProject: folder.path))
        try store.createSession(
            SessionRecord(
                id: "s1", instrumentID: "survivor-centre", instrumentVersion: "1", instrumentSnapshot: "{}",
                method: .interview, siteID: "lao-cai", unitID: "centre", respondentGroup: "survivor",
                interviewerCode: "IV-01", language: "vi", startedAt: moment, consentAt: moment))
        let saved = try answers.enumerated().map { index, text in
            try store.addContribution(
                AnswerRecord(
                    sessionID: "s1", questionID: "q\(index)", respondentCode: nil, status: .answered, value: text,
                    recordedAt: moment))
        }
        return (folder, store, saved)
    }

    private let rules = try! AutoCoder(rules: [
        CodingRules.Rule(code: "debt", phrases: ["mắc nợ", "debt"]),
        CodingRules.Rule(code: "safety", phrases: ["an toàn", "safe"]),
    ])

    @Test func everyAnswerIsCodedAsTheRulesCoder() throws {
        let (folder, store, answers) = try project(answers: [
            "Gia đình tôi mắc nợ nhiều.", "Now I feel safe at home.", "Nothing to code here.",
        ])
        var progress: [String] = []
        var run = AutoCodingRun(coder: rules, store: store, clock: { self.moment })
        run.batchSize = 2
        let summary = try run.run { done, total in progress.append("\(done)/\(total)") }
        #expect(
            summary
                == AutoCodingRun.Summary(answers: 3, codedAnswers: 2, segments: 2, perCode: ["debt": 1, "safety": 1]))
        #expect(progress == ["2/3", "3/3"])
        let first = try store.segments(answerID: answers[0].id!)
        #expect(first.map(\.codeID) == ["debt"])
        #expect(first.map(\.coder) == ["rules"])
        // "mắc nợ" is code points 13..<19 of "Gia đình tôi mắc nợ nhiều.".
        #expect(first.map(\.range) == [13..<19])
        withExtendedLifetime(folder) {}
    }

    @Test func runningAgainGivesTheSameSegmentsAndLeavesPeoplesCodingAlone() throws {
        let (folder, store, answers) = try project(answers: ["We were in debt.", "It is safe now."])
        _ = try store.addSegment(
            SegmentRecord(answerID: answers[0].id!, codeID: "stigma", coder: "A", range: nil, createdAt: moment))
        let run = AutoCodingRun(coder: rules, store: store, clock: { self.moment })
        _ = try run.run()
        _ = try run.run()
        #expect(try store.segmentCount(coder: "rules") == 2)
        #expect(try store.segmentCount(coder: "A") == 1)
        withExtendedLifetime(folder) {}
    }

    /// Texts are matched on every core; the result must be the one-by-one result, in order.
    @Test func matchingOnEveryCoreGivesTheSameMatchesInOrder() throws {
        let coder = try AutoCoder(rules: [
            CodingRules.Rule(code: "debt", phrases: ["nợ", "debt"]),
            CodingRules.Rule(code: "livelihoods", patterns: ["no (money|income)"]),
        ])
        let texts = (0..<1_000).map { number in
            ["Tôi còn nợ \(number) đồng", "no money", "nothing here", "debt, then no income"][number % 4]
        }
        let parallel = AutoCodingRun.matches(of: texts, coder: coder)
        #expect(parallel == texts.map { coder.matches(in: $0) })
        #expect(parallel.filter(\.isEmpty).count == 250)
    }
}
