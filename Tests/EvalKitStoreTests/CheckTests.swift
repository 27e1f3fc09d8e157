import EvalKitCore
import EvalKitTestSupport
import Foundation
import Testing

@testable import EvalKitStore

/// `check` finds damage where it is: a flipped page, a forged text, a segment beyond its answer.
struct CheckTests {
    /// A project with a consented session, one answer and one segment on it, in a codec that
    /// can tell its own texts.
    private func project() throws -> (TestProject, Int64) {
        let project = try TestProject(textCodec: XORCodec())
        try project.session()
        let answer = try project.store.addContribution(Sample.answer(value: Sample.vietnamese))
        let id = try #require(answer.id)
        _ = try project.store.addSegment(
            SegmentRecord(
                answerID: id, codeID: "journey", coder: "CD-01", range: 0..<3, memo: "ghi chú",
                createdAt: Sample.morning))
        return (project, id)
    }

    @Test func aSoundDatabaseHasNoProblems() throws {
        let (project, _) = try project()
        #expect(try project.store.check() == [])
        #expect(try project.store.check(quick: true) == [])
    }

    @Test func aForgedTextIsFoundWithItsPlace() throws {
        let (project, id) = try project()
        try project.store.rawExecute("UPDATE answer SET value = X'00112233' WHERE id = \(id)")
        #expect(
            try project.store.check().map(\.description) == [
                "answer \(id) (session s1, question return.safe): its text does not open with the project key "
                    + "(forged or damaged)"
            ])
    }

    @Test func aSegmentBeyondItsAnswerIsFound() throws {
        let (project, id) = try project()
        try project.store.rawExecute("UPDATE segment SET \"end\" = 500 WHERE answerID = \(id)")
        let length = Sample.vietnamese.unicodeScalars.count
        #expect(
            try project.store.check().map(\.description) == [
                "segment 1 (answer \(id)): its range 0..<500 lies outside its answer of \(length) characters"
            ])
    }

    @Test func aSoundDatabasePassesTheCheckEveryCommandRunsOnOpening() throws {
        let (project, _) = try project()
        try project.store.requireSoundStructure()
    }

    /// The check on opening finds a page whose tree header is broken, before any command
    /// reads numbers from the file.
    @Test func aFlippedPageStopsEveryCommandOnOpening() throws {
        let (path, directory) = try flippedDatabase()
        let error = #expect(throws: StoreError.self) {
            try ProjectStore(path: path, textCodec: XORCodec()).requireSoundStructure()
        }
        #expect(error?.exitStatus == .dataError)
        #expect(error?.sentence.hasPrefix("the project database is damaged: ") == true)
        #expect(
            error?.sentence.hasSuffix(
                "(run 'evalkit check' to list every problem); restore it from a backup or a bundle") == true)
        _ = directory
    }

    /// A database of 200 answers whose last page's b-tree header claims more cells than fit.
    private func flippedDatabase() throws -> (String, TemporaryDirectory) {
        let (path, directory) = try TestProject.closed(textCodec: XORCodec()) { project in
            try project.session()
            for number in 0..<200 {
                _ = try project.store.addContribution(
                    Sample.answer(question: "q\(number)", value: "câu trả lời \(number)"))
            }
        }
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        let pageSize = Int(bytes[16]) << 8 | Int(bytes[17])
        let offset = bytes.count - pageSize
        bytes[offset + 3] = 0x7F
        bytes[offset + 4] = 0xFF
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return (path, directory)
    }

    @Test func aFlippedPageIsFound() throws {
        let (path, directory) = try flippedDatabase()
        // Found either by the check (a list of problems) or as soon as SQLite meets the page.
        do {
            let problems = try ProjectStore(path: path, textCodec: XORCodec()).check()
            #expect(!problems.isEmpty)
        } catch {
            #expect(error.exitStatus == .dataError)
            #expect(error.description.contains("the project database is damaged"))
        }
        _ = directory
    }
}
