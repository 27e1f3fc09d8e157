import EvalKitTestSupport
import Foundation

@testable import EvalKitStore

/// A project database in a fresh folder of its own; both go away with the value.
struct TestProject {
    let directory: TemporaryDirectory
    let store: ProjectStore

    init(textCodec: any TextCodec = PlainTextCodec()) throws {
        directory = try TemporaryDirectory()
        store = try ProjectStore(path: ProjectStore.path(inProject: directory.path), textCodec: textCodec)
    }

    var path: String { store.path }

    /// A project filled by `fill` whose store is then closed, as between two commands (the WAL
    /// checkpointed and gone): its database path, and its folder (kept alive by the caller).
    static func closed(
        textCodec: any TextCodec = PlainTextCodec(), _ fill: (TestProject) throws -> Void
    ) throws -> (path: String, folder: TemporaryDirectory) {
        let project = try TestProject(textCodec: textCodec)
        try fill(project)
        return (project.path, project.directory)
    }

    /// A second store on the same file, as another process (or a restarted one) would open it.
    func open(textCodec: any TextCodec = PlainTextCodec()) throws -> ProjectStore {
        try ProjectStore(path: path, textCodec: textCodec)
    }

    /// Creates a session with recorded consent (unless `consented` is false) and returns it.
    @discardableResult
    func session(
        _ id: String = "s1", startedAt: Date = Sample.morning, consented: Bool = true,
        method: SessionMethod = .interview
    ) throws -> SessionRecord {
        var session = Sample.session(id, startedAt: startedAt, method: method)
        if consented { session.consentAt = startedAt.addingTimeInterval(60) }
        try store.createSession(session)
        return session
    }

    /// The rows of `sql` as stored on disk.
    func raw(_ sql: String, _ arguments: String...) throws -> [[String: RawValue]] {
        try store.rawRows(sql, arguments: arguments)
    }
}

enum Sample {
    /// 2011-05-04 00:00:00 UTC.
    static let day = Date(timeIntervalSince1970: 1_304_467_200)
    /// 2011-05-04 09:30:00 UTC.
    static let morning = day.addingTimeInterval(9.5 * 3600)
    static let vietnamese = "Tôi đã trở về nhà, nhưng đường đi rất khó khăn"

    static func session(_ id: String, startedAt: Date = morning, method: SessionMethod = .interview) -> SessionRecord {
        SessionRecord(
            id: id, instrumentID: "survivor-centre", instrumentVersion: "1.0",
            instrumentSnapshot: #"{"questions":["return.safe"]}"#, method: method, siteID: "lao-cai",
            unitID: "centre", respondentGroup: "survivors", interviewerCode: "INT-03", language: "vi",
            startedAt: startedAt)
    }

    static func answer(
        _ session: String = "s1", question: String = "return.safe", respondent: String? = nil, value: String?,
        status: AnswerStatus = .answered
    ) -> AnswerRecord {
        AnswerRecord(
            sessionID: session, questionID: question, respondentCode: respondent, status: status, value: value,
            recordedAt: morning.addingTimeInterval(600))
    }
}

/// XORs every byte and tags the result with 0xFF, a byte that never occurs in UTF-8, so the
/// sealed bytes neither contain the plain text nor open as text with another codec.
struct XORCodec: TextCodec {
    struct NotSealedByMe: Error {}

    func seal(_ text: String) throws -> Data { Data([0xFF] + text.utf8.map { $0 ^ 0x5A }) }

    func open(_ data: Data) throws -> String {
        guard data.first == 0xFF, let text = String(bytes: data.dropFirst().map { $0 ^ 0x5A }, encoding: .utf8)
        else { throw NotSealedByMe() }
        return text
    }
}

/// Fails to seal, with an error that quotes the text: the store must not pass it on.
struct FailingCodec: TextCodec {
    struct Failure: Error, CustomStringConvertible {
        var text: String
        var description: String { "cannot seal \(text)" }
    }

    func seal(_ text: String) throws -> Data { throw Failure(text: text) }
    func open(_ data: Data) throws -> String { "" }
}

extension RawValue {
    /// The bytes of a BLOB or a TEXT value.
    var bytes: Data? {
        switch self {
        case .blob(let data): data
        case .text(let text): Data(text.utf8)
        default: nil
        }
    }
}

extension Data {
    func contains(_ other: Data) -> Bool { range(of: other) != nil }
}
