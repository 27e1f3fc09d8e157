import Foundation
internal import GRDB

/// One thing `check` found wrong, with where it is.
public struct StoreProblem: Sendable, Equatable, CustomStringConvertible {
    /// Where: "answer 12 (session 3f2a9c1d, question debt.family)", "page 4", …
    public var place: String
    public var problem: String

    public var description: String { "\(place): \(problem)" }
}

extension ProjectStore {
    /// How many rows are read per batch while checking: memory stays flat for a national project.
    static let checkBatchSize = 2_000

    /// Checks the database for damage: SQLite's integrity check (`quick` runs SQLite's quicker
    /// one), then, unless `quick`, that every protected text opens with the project key (its
    /// authentication holds) and that every segment lies within its answer. Reads only.
    /// - Returns: every problem found, in that order; empty when the database is sound.
    public func check(quick: Bool = false) throws(StoreError) -> [StoreProblem] {
        var problems = try fileProblems(quick: quick)
        guard problems.isEmpty, !quick else { return problems }
        problems += try checkTexts(table: "answer", column: "value") { row in
            let session: String = row["sessionID"]
            let question: String = row["questionID"]
            return (
                "answer \(row["id"] as Int64) (session \(session), question \(question))",
                .answer(sessionID: session, questionID: question, respondentCode: row["respondentCode"])
            )
        }
        problems += try checkTexts(table: "note", column: "text") { row in
            let session: String = row["sessionID"]
            return (
                "note \(row["id"] as Int64) (session \(session))",
                .note(sessionID: session, questionID: row["questionID"])
            )
        }
        problems += try checkTexts(table: "profileValue", column: "value", key: "rowid") { row in
            let code: String = row["respondentCode"]
            let field: String = row["fieldID"]
            return ("profile value \(field) of \(code)", .profileValue(respondentCode: code, fieldID: field))
        }
        problems += try checkTexts(table: "segment", column: "memo") { row in
            let answer: Int64 = row["answerID"]
            return ("memo of segment \(row["id"] as Int64)", .segmentMemo(answerID: answer, coder: row["coder"]))
        }
        problems += try checkSegmentRanges()
        return problems
    }

    /// Opens every non-NULL `column` of `table`, in batches by `key`.
    private func checkTexts(
        table: String, column: String, key: String = "id",
        place: (Row) -> (String, ProtectedText.Context)
    ) throws(StoreError) -> [StoreProblem] {
        var problems: [StoreProblem] = []
        let sql = """
            SELECT \(key) AS checkKey, * FROM \(table)
            WHERE \(key) > ? AND \(column) IS NOT NULL ORDER BY \(key) LIMIT ?
            """
        try forEachCheckedRow(sql) { row in
            let (where_, context) = place(row)
            guard let data = row[column] as Data? else { return }
            do {
                _ = try protected.open(data, context)
            } catch {
                problems.append(
                    StoreProblem(
                        place: where_, problem: "its text does not open with the project key (forged or damaged)"))
            }
        }
        return problems
    }

    /// Every segment's range lies within its answer's text.
    private func checkSegmentRanges() throws(StoreError) -> [StoreProblem] {
        var problems: [StoreProblem] = []
        let sql = """
            SELECT segment.id AS checkKey, segment.id, segment.start, segment."end", segment.answerID,
                   answer.sessionID, answer.questionID, answer.respondentCode, answer.value
            FROM segment JOIN answer ON answer.id = segment.answerID
            WHERE segment.id > ? ORDER BY segment.id LIMIT ?
            """
        try forEachCheckedRow(sql) { row in
            let id: Int64 = row["id"]
            guard let start = row["start"] as Int?, let end = row["end"] as Int? else { return }
            let context = ProtectedText.Context.answer(
                sessionID: row["sessionID"], questionID: row["questionID"], respondentCode: row["respondentCode"])
            guard let data = row["value"] as Data?, let text = try? protected.open(data, context) else { return }
            let length = text.unicodeScalars.count
            if start < 0 || end < start || end > length {
                problems.append(
                    StoreProblem(
                        place: "segment \(id) (answer \(row["answerID"] as Int64))",
                        problem: "its range \(start)..<\(end) lies outside its answer of \(length) characters"))
            }
        }
        return problems
    }

    /// SQLite's own findings, one line each, at most `fileProblemLimit` (a broken page makes
    /// every page below it "never used": the first lines say what matters).
    private func fileProblems(quick: Bool) throws(StoreError) -> [StoreProblem] {
        let lines: [String]
        do {
            lines = try read { db in
                try String.fetchAll(db, sql: quick ? "PRAGMA quick_check(100)" : "PRAGMA integrity_check(100)")
            }
            .filter { $0 != "ok" }.flatMap { $0.split(separator: "\n").map(String.init) }
            .filter { !$0.hasPrefix("*** in database") }
        } catch  where error.reason == .corrupt {
            // SQLite may stop at the broken page instead of listing it.
            lines = ["SQLite reports a malformed file"]
        }
        var problems = lines.prefix(Self.fileProblemLimit).map { StoreProblem(place: "database file", problem: $0) }
        if lines.count > Self.fileProblemLimit {
            problems.append(
                StoreProblem(
                    place: "database file",
                    problem: "\(lines.count - Self.fileProblemLimit) more findings of SQLite's check not shown"))
        }
        return problems
    }

    /// The most lines of SQLite's check that are listed.
    static let fileProblemLimit = 10

    /// Calls `body` with every row of `sql`, `checkBatchSize` at a time: `sql` selects its key
    /// as `checkKey` and takes two arguments, the key to read after and the batch size.
    private func forEachCheckedRow(_ sql: String, _ body: (Row) -> Void) throws(StoreError) {
        let page = { (after: Int64) throws(StoreError) -> [Row] in
            try self.read { db in try Row.fetchAll(db, sql: sql, arguments: [after, Self.checkBatchSize]) }
        }
        let key = { (row: Row) -> Int64 in row["checkKey"] ?? .max }
        try forEachInPages(size: Self.checkBatchSize, startingAfter: 0, page: page, key: key) {
            (row) throws(StoreError) in
            body(row)
        }
    }
}

extension ProjectStore {
    /// SQLite's quick check of the file's structure (its pages and trees), which every command
    /// runs on opening so that none works from a damaged file. It reads the whole file once
    /// (about a second for 400 MB); the full integrity check, which also compares every index
    /// with its table, and the check of every sealed text are `check`'s.
    /// - Throws: `StoreError` `.damaged` with SQLite's first finding.
    public func requireSoundStructure() throws(StoreError) {
        guard let first = try fileProblems(quick: true).first else { return }
        throw StoreError(path: path, reason: .damaged("\(first.problem) (run 'evalkit check' to list every problem)"))
    }
}
