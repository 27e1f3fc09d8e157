import EvalKitTestSupport
import Foundation
import Testing

@testable import EvalKitStore

struct SegmentTests {
    private func answered(_ project: TestProject, _ value: String = Sample.vietnamese) throws -> AnswerRecord {
        try project.session()
        return try project.store.setAnswer(Sample.answer(value: value))
    }

    private func segment(_ answer: AnswerRecord, _ code: String, _ coder: String, _ range: Range<Int>? = nil)
        -> SegmentRecord
    {
        SegmentRecord(answerID: answer.id!, codeID: code, coder: coder, range: range, createdAt: Sample.morning)
    }

    @Test func aSegmentKeepsItsSpanCoderAndMemo() throws {
        let project = try TestProject()
        let answer = try answered(project)
        var coded = segment(answer, "return-route", "A", 14..<22)
        coded.memo = "về nhà: the way home"
        let saved = try project.store.addSegment(coded)
        #expect(saved.id != nil)
        #expect(try project.store.segments(answerID: answer.id!) == [saved])
        #expect(saved.range == 14..<22)
        #expect(saved.memo == "về nhà: the way home")
    }

    @Test func theSameCodeOnTheSameSpanByTheSameCoderIsKeptOnce() throws {
        let project = try TestProject()
        let answer = try answered(project)
        let first = try project.store.addSegment(segment(answer, "debt", "A"))
        let again = try project.store.addSegment(segment(answer, "debt", "A"))
        _ = try project.store.addSegment(segment(answer, "debt", "B"))
        _ = try project.store.addSegment(segment(answer, "debt", "A", 0..<3))
        #expect(again.id == first.id)
        #expect(try project.store.segmentCount() == 3)
        #expect(try project.store.segmentCount(coder: "A") == 2)
    }

    @Test func replacingOneCodersSegmentsLeavesOtherCodersAlone() throws {
        let project = try TestProject()
        let answer = try answered(project)
        _ = try project.store.addSegment(segment(answer, "debt", "rules"))
        _ = try project.store.addSegment(segment(answer, "safety", "A"))
        try project.store.replaceSegments(
            coder: "rules", answerIDs: [answer.id!], with: [segment(answer, "stigma", "rules", 0..<3)])
        let codes = try project.store.segments(answerID: answer.id!).map { "\($0.coder):\($0.codeID)" }
        #expect(codes == ["A:safety", "rules:stigma"])
    }

    @Test func aSegmentOnAnUnknownAnswerIsRefused() throws {
        let project = try TestProject()
        let bogus = SegmentRecord(answerID: 999, codeID: "debt", coder: "A", range: nil, createdAt: Sample.morning)
        #expect(throws: StoreError.self) { try project.store.addSegment(bogus) }
        let error = try #require(throws: StoreError.self) { try project.store.addSegment(bogus) }
        #expect(error.sentence.contains("999"))
    }

    /// Exports read a session's segments in one query, grouped by answer, in the order they were made.
    @Test func aSessionsSegmentsComeGroupedByAnswer() throws {
        let project = try TestProject()
        _ = try project.session("s1")
        _ = try project.session("s2")
        let first = try project.store.setAnswer(Sample.answer("s1", question: "q1", value: "một"))
        let second = try project.store.setAnswer(Sample.answer("s1", question: "q2", value: "hai"))
        let other = try project.store.setAnswer(Sample.answer("s2", question: "q1", value: "ba"))
        for (answer, code, coder) in [
            (second, "debt", "A"), (first, "safety", "B"), (other, "debt", "A"),
            (second, "stigma", "B"),
        ] {
            _ = try project.store.addSegment(segment(answer, code, coder))
        }
        let grouped = try project.store.segments(sessionID: "s1")
        #expect(grouped.keys.sorted() == [first.id!, second.id!])
        #expect(grouped[second.id!]?.map(\.codeID) == ["debt", "stigma"])
        #expect(grouped[first.id!]?.map(\.codeID) == ["safety"])
        #expect(grouped[second.id!] == (try project.store.segments(answerID: second.id!)))
        #expect(try project.store.segments(sessionID: "none").isEmpty)
    }

    /// One bad segment in an import stops the whole batch: the good ones before it are not kept.
    @Test func anImportWithASegmentOnAnUnknownAnswerStoresNothing() throws {
        let project = try TestProject()
        let answer = try answered(project)
        let bogus = SegmentRecord(answerID: 999, codeID: "debt", coder: "A", range: nil, createdAt: Sample.morning)
        #expect(throws: StoreError.self) {
            try project.store.importSegments([segment(answer, "debt", "A"), bogus], at: Sample.morning)
        }
        #expect(try project.store.segmentCount() == 0)
        #expect(try project.store.rawRows("SELECT * FROM reviewed").isEmpty)
    }

    @Test func revisingAnAnswerDropsTheSegmentsOfTheOldText() throws {
        let project = try TestProject()
        let answer = try answered(project)
        _ = try project.store.addSegment(segment(answer, "debt", "A"))
        _ = try project.store.setAnswer(Sample.answer(value: "A new answer"))
        #expect(try project.store.segmentCount() == 0)
    }

    @Test func theMemoIsSealedLikeAnswers() throws {
        let project = try TestProject(textCodec: XORCodec())
        let answer = try answered(project)
        var coded = segment(answer, "debt", "A")
        coded.memo = "memo-secret"
        _ = try project.store.addSegment(coded)
        let raw = try project.raw("SELECT memo FROM segment")
        guard case .blob(let bytes)? = raw.first?["memo"] else {
            Issue.record("memo is not a blob: \(raw)")
            return
        }
        #expect(!String(decoding: bytes, as: UTF8.self).contains("memo-secret"))
        #expect(try project.store.segments(answerID: answer.id!).first?.memo == "memo-secret")
    }

    @Test func everyAnsweredAnswerIsWalkedWithItsSessionsFacts() throws {
        let project = try TestProject()
        try project.session()
        for number in 0..<1_200 {
            _ = try project.store.addContribution(Sample.answer(question: "q\(number)", value: "answer \(number)"))
        }
        _ = try project.store.setAnswer(Sample.answer(question: "skipped", value: nil, status: .declined))
        var seen: [String] = []
        try project.store.forEachAnswer { item in
            #expect(item.siteID == "lao-cai")
            #expect(item.unitID == "centre")
            seen.append(item.answer.value ?? "")
        }
        #expect(seen.count == 1_200)
        #expect(seen.first == "answer 0")
        #expect(seen.last == "answer 1199")
        #expect(try project.store.answeredCount() == 1_200)
    }

    @Test func theCodebookIsReplacedWhole() throws {
        let project = try TestProject()
        let code = StoredCode(
            id: "debt", parentID: nil, position: 0, label: "Debt", colour: "#AA0000", valence: "negative", weight: 1.5,
            criteria: ["effectiveness"], evaluationQuestions: ["E2", "S2"])
        try project.store.replaceCodebook([code])
        try project.store.replaceCodebook([code])
        #expect(try project.store.storedCodes() == [code])
    }
}

struct ReviewedAnswerTests {
    @Test func codingAnAnswerOrReviewingItWithoutCodesBothCountAsReviewed() throws {
        let project = try TestProject()
        try project.session()
        let first = try project.store.addContribution(Sample.answer(question: "a", value: "one"))
        let second = try project.store.addContribution(Sample.answer(question: "b", value: "two"))
        _ = try project.store.addSegment(
            SegmentRecord(answerID: first.id!, codeID: "debt", coder: "A", range: nil, createdAt: Sample.morning))
        try project.store.markReviewed(coder: "A", answerIDs: [second.id!], at: Sample.morning)
        try project.store.replaceSegments(coder: "B", answerIDs: [first.id!], with: [])
        var seen: [String] = []
        try project.store.forEachReviewedAnswer(coders: ["A", "B"]) { answer in
            let coders = answer.codesByCoder.keys.sorted().map { "\($0)\(answer.codesByCoder[$0]!.sorted())" }
            seen.append(coders.joined(separator: " "))
        }
        #expect(seen == [#"A["debt"] B[]"#, "A[]"])
    }
}
