import Crypto
import EvalKitCore
import EvalKitSecurity
import EvalKitTestSupport
import Foundation
import Testing

@testable import EvalKitStore

/// Bundles from several field laptops merge into the analysts' store: sealed to the team's
/// key, idempotent, never silently overwriting, refused whole when damaged.
struct FieldBundleTests {
    private let team = TeamKeyPair.generate()

    private func laptop(_ sessions: String...) throws -> (TemporaryDirectory, ProjectStore) {
        let folder = try TemporaryDirectory()
        let store = try ProjectStore(path: ProjectStore.path(inProject: folder.path), keys: keys("laptop words"))
        for (index, id) in sessions.enumerated() { try store.addInterview(id, answer: "answer \(index) of \(id)") }
        return (folder, store)
    }

    private func bundle(_ store: ProjectStore) throws -> Data {
        try FieldBundle.seal(
            FieldBundle.Payload(exportedAt: Known.morning, sessions: try store.exportSessions()), to: team.publicKey)
    }

    private func analystStore() throws -> (TemporaryDirectory, ProjectStore) {
        let folder = try TemporaryDirectory()
        return (folder, try ProjectStore(path: ProjectStore.path(inProject: folder.path), keys: keys("office words")))
    }

    @Test func aBundleCarriesTheSessionsAndImportingItTwiceChangesNothing() throws {
        let (_, field) = try laptop("s1", "s2")
        let data = try bundle(field)
        #expect(!data.contains("answer 0 of s1"))
        let (_, office) = try analystStore()

        let payload = try FieldBundle.open(data, file: "iv01.bundle", with: team)
        let first = try office.importSessions(payload.sessions, audit: nil)
        #expect(first.added == ["s1", "s2"])
        #expect(first.renumbered.isEmpty)
        #expect(try office.answers(sessionID: "s2").map(\.value) == ["answer 1 of s2"])
        #expect(try office.respondents(sessionID: "s2").map(\.code) == ["A-SURV-002"])
        #expect(try office.profileValues(respondentCode: "A-SURV-002") == ["living": Known.profile])
        #expect(try office.notes(sessionID: "s1").map(\.text) == [Known.note])
        // Coding stays on the laptop.
        #expect(try office.segmentCount() == 0)

        let second = try office.importSessions(payload.sessions, audit: nil)
        #expect(second.added.isEmpty)
        #expect(second.unchanged == ["s1", "s2"])
        #expect(try office.answers(sessionID: "s1").count == 1)
    }

    /// Two laptops at one site both number from A-SURV-001.
    @Test func clashingRespondentCodesAreRenumberedAndTheCounterFollows() throws {
        let (_, first) = try laptop("s1")
        let (_, second) = try laptop("t1", "t2")
        let (_, office) = try analystStore()
        _ = try office.importSessions(try FieldBundle.open(bundle(first), file: "a", with: team).sessions, audit: nil)
        let report = try office.importSessions(
            try FieldBundle.open(bundle(second), file: "b", with: team).sessions, audit: nil)

        #expect(
            report.renumbered == [
                .init(sessionID: "t1", from: "A-SURV-001", to: "A-SURV-002"),
                .init(sessionID: "t2", from: "A-SURV-002", to: "A-SURV-003"),
            ])
        #expect(try office.respondents(sessionID: "t2").map(\.code) == ["A-SURV-003"])
        #expect(try office.answers(sessionID: "t2").map(\.respondentCode) == ["A-SURV-003"])
        #expect(try office.answers(sessionID: "t2").map(\.value) == ["answer 1 of t2"])
        #expect(try office.profileValues(respondentCode: "A-SURV-003") == ["living": Known.profile])
        let next = try office.allocateRespondent(
            sessionID: "s1", siteID: "lao-cai", siteCode: "A", respondentGroup: "survivors", groupCode: "SURV",
            seat: nil)
        #expect(next.code == "A-SURV-004")
        // Importing the renumbered bundle again still finds it identical.
        let again = try office.importSessions(
            try FieldBundle.open(bundle(second), file: "b", with: team).sessions, audit: nil)
        #expect(again.unchanged == ["t1", "t2"] && again.renumbered.isEmpty)
    }

    @Test func anotherVersionOfAnImportedSessionIsReportedNotOverwritten() throws {
        let (_, field) = try laptop("s1")
        let (_, office) = try analystStore()
        _ = try office.importSessions(try FieldBundle.open(bundle(field), file: "a", with: team).sessions, audit: nil)
        _ = try field.addNote(NoteRecord(sessionID: "s1", questionID: nil, text: "added later", createdAt: .now))

        let report = try office.importSessions(
            try FieldBundle.open(bundle(field), file: "a2", with: team).sessions,
            audit: AuditEvent(at: Known.morning, actor: "AN-01", action: "bundle.import", target: "a2"))

        #expect(report.conflicting == ["s1"])
        #expect(report.added.isEmpty && report.unchanged.isEmpty)
        #expect(try office.notes(sessionID: "s1").map(\.text) == [Known.note])
        #expect(try office.auditEvents().map(\.action) == ["bundle.import"])
    }

    @Test func aBundleForAnotherTeamIsRefused() throws {
        let (_, field) = try laptop("s1")
        let error = #expect(throws: SecurityError.self) {
            try FieldBundle.open(bundle(field), file: "iv01.bundle", with: TeamKeyPair.generate())
        }
        #expect(
            error?.description
                == "iv01.bundle: error: the bundle was sealed for another team's key; nothing was imported")
        #expect(error?.exitStatus == .noPermission)
    }

    @Test(arguments: [8, 16, 40, 100, -1])
    func aChangedByteAnywhereIsRefused(position: Int) throws {
        let (_, field) = try laptop("s1")
        var data = try bundle(field)
        let index = position < 0 ? data.count - 1 : position
        data[index] ^= 0x01
        let error = #expect(throws: SecurityError.self) { try FieldBundle.open(data, file: "x", with: team) }
        // The fingerprint bytes (8..<16) decide the addressee, so a change there reads as "another key".
        let expected: SecurityError.Reason = (8..<16).contains(index) ? .bundleNotForThisKey : .bundleDamaged
        #expect(error?.reason == expected)
    }

    @Test func aTruncatedBundleIsRefused() throws {
        let (_, field) = try laptop("s1")
        let data = try bundle(field)
        for length in [20, 60, data.count - 1] {
            let error = #expect(throws: SecurityError.self) {
                try FieldBundle.open(data.prefix(length), file: "x", with: team)
            }
            #expect(error?.reason == .bundleDamaged)
        }
    }

    @Test func aFileThatIsNotABundleIsRefused() throws {
        let error = #expect(throws: SecurityError.self) {
            try FieldBundle.open(Data("<xml/>".utf8), file: "notes.xml", with: team)
        }
        #expect(
            error?.description
                == "notes.xml: error: the bundle cannot be read (not an EvalKit field bundle); nothing was imported")
    }

    @Test func keyFilesRoundTripAndOtherFilesAreRefused() throws {
        let folder = try TemporaryDirectory()
        let privatePath = try folder.write(TeamKeyPair.privateKeyText(team), to: "team.key")
        let publicPath = try folder.write(TeamKeyPair.publicKeyText(team.publicKey), to: "team.pub")
        #expect(try TeamKeyPair.readPrivateKey(at: privatePath).rawRepresentation == team.rawRepresentation)
        #expect(try TeamKeyPair.readPublicKey(at: publicPath).rawRepresentation == team.publicKey.rawRepresentation)
        let error = #expect(throws: SecurityError.self) { try TeamKeyPair.readPublicKey(at: privatePath) }
        #expect(error?.description == "\(privatePath): error: not a team public key written by 'evalkit keys generate'")
    }
}
