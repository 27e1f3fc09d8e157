import Crypto
import EvalKitCore
import EvalKitSecurity
import EvalKitTestSupport
import Foundation
import Testing

@testable import EvalKitStore

/// A lost laptop: the database and its WAL hold no respondent text in clear.
struct EncryptedStoreTests {
    @Test func answersNotesProfileValuesAndMemosAreNotOnDiskInClear() throws {
        let folder = try TemporaryDirectory()
        let store = try ProjectStore(path: ProjectStore.path(inProject: folder.path), keys: keys("river stone lamp"))
        let code = try store.addInterview("s1")
        #expect(store.isEncrypted)
        let disk = bytesOnDisk(store)
        #expect(!disk.isEmpty)
        for text in [Known.answer, Known.note, Known.profile, Known.memo, "Lào Cai", "aunt"] {
            #expect(!disk.contains(text), "'\(text)' is on disk in clear")
        }
        let reopened = try ProjectStore(path: store.path, keys: keys("river stone lamp", create: false))
        #expect(try reopened.answers(sessionID: "s1").map(\.value) == [Known.answer])
        #expect(try reopened.notes(sessionID: "s1").map(\.text) == [Known.note])
        #expect(try reopened.profileValues(respondentCode: code) == ["living": Known.profile])
        let answerID = try #require(try reopened.answers(sessionID: "s1").first?.id)
        #expect(try reopened.segments(answerID: answerID).map(\.memo) == [Known.memo])
    }

    @Test func theKeyringHoldsScryptParametersAndAWrappedKey() throws {
        let folder = try TemporaryDirectory()
        let store = try ProjectStore(path: ProjectStore.path(inProject: folder.path), keys: keys("river stone lamp"))
        let keyring = try #require(try store.keyring())
        #expect(keyring.kdf == "scrypt")
        #expect(keyring.cipher == "chacha20-poly1305")
        #expect(keyring.costLog2 == 10)
        #expect(keyring.salt.count == 32)
        // 32 key bytes, a 12-byte nonce and a 16-byte tag.
        #expect(keyring.wrappedKey.count == 60)
    }

    @Test func aWrongPassphraseIsRefusedAndChangesNothing() throws {
        let folder = try TemporaryDirectory()
        let path = ProjectStore.path(inProject: folder.path)
        let store = try ProjectStore(path: path, keys: keys("river stone lamp"))
        try store.addInterview("s1")
        let keyring = try store.keyring()
        let error = #expect(throws: SecurityError.self) {
            try ProjectStore(path: path, keys: keys("river stone lump"))
        }
        #expect(
            error?.description
                == "passphrase: error: the passphrase does not open this project's key; nothing was changed")
        #expect(error?.exitStatus == .noPermission)
        #expect(try store.keyring() == keyring)
        #expect(try store.answers(sessionID: "s1").map(\.value) == [Known.answer])
    }

    @Test func anEncryptedProjectOpenedWithoutItsKeyIsRefused() throws {
        let folder = try TemporaryDirectory()
        let path = ProjectStore.path(inProject: folder.path)
        _ = try ProjectStore(path: path, keys: keys("river stone lamp"))
        let error = #expect(throws: StoreError.self) { try ProjectStore(path: path) }
        #expect(error?.reason == .encryptedProject)
        #expect(error?.exitStatus == .dataError)
    }

    /// Databases from before v4 hold plain UTF-8; the first opening with a passphrase encrypts them.
    @Test func aPlainDatabaseIsEncryptedWhenAPassphraseIsFirstGiven() throws {
        let folder = try TemporaryDirectory()
        let path = ProjectStore.path(inProject: folder.path)
        let plain = try ProjectStore(path: path)
        let code = try plain.addInterview("s1")
        #expect(try plain.rawRows("SELECT value FROM answer") == [["value": .blob(Data(Known.answer.utf8))]])

        let store = try ProjectStore(path: path, keys: keys("river stone lamp"))
        for (table, column) in [("answer", "value"), ("note", "text"), ("profileValue", "value"), ("segment", "memo")] {
            let stored = try store.rawRows("SELECT \(column) AS stored FROM \(table)")
            guard case .blob(let bytes) = stored.first?["stored"] else {
                Issue.record("\(table).\(column) is not a BLOB")
                continue
            }
            #expect(bytes.first == 1, "\(table).\(column) is not sealed")
        }
        #expect(try store.answers(sessionID: "s1").map(\.value) == [Known.answer])
        #expect(try store.notes(sessionID: "s1").map(\.text) == [Known.note])
        #expect(try store.profileValues(respondentCode: code) == ["living": Known.profile])
        // Not left behind in free pages or the WAL either.
        let disk = bytesOnDisk(store)
        for text in [Known.answer, Known.note, Known.profile, Known.memo] {
            #expect(!disk.contains(text), "'\(text)' is still on disk in clear")
        }
    }

    /// Without a new passphrase (a test, or a command that only reads), a plain database stays plain.
    @Test func aPlainDatabaseStaysPlainWithoutANewPassphrase() throws {
        let folder = try TemporaryDirectory()
        let path = ProjectStore.path(inProject: folder.path)
        try ProjectStore(path: path).addInterview("s1")
        let store = try ProjectStore(path: path, keys: keys("unused", create: false))
        #expect(!store.isEncrypted)
        #expect(try store.keyring() == nil)
        #expect(try store.answers(sessionID: "s1").map(\.value) == [Known.answer])
    }

    /// The context is authenticated: an answer copied into another respondent's row does not open.
    @Test func aSealedAnswerMovedToAnotherRowDoesNotOpen() throws {
        let folder = try TemporaryDirectory()
        let store = try ProjectStore(path: ProjectStore.path(inProject: folder.path), keys: keys("river stone lamp"))
        try store.addInterview("s1")
        try store.addInterview("s2", answer: "Another answer")
        try store.rawExecute(
            "UPDATE answer SET value = (SELECT value FROM answer WHERE sessionID = 's1') WHERE sessionID = 's2'")
        #expect(try store.answers(sessionID: "s1").map(\.value) == [Known.answer])
        let error = #expect(throws: StoreError.self) { try store.answers(sessionID: "s2") }
        #expect(error?.reason == .protectedTextUnreadable)
    }

    @Test func aNewPassphraseWrapsTheSameKey() throws {
        let folder = try TemporaryDirectory()
        let path = ProjectStore.path(inProject: folder.path)
        let store = try ProjectStore(path: path, keys: keys("river stone lamp"))
        try store.addInterview("s1")
        let rewrapped = try keys("").rewrap(
            try #require(try store.keyring()), old: "river stone lamp", new: "new words")
        try store.replaceKeyring(rewrapped)
        #expect(throws: SecurityError.self) { try ProjectStore(path: path, keys: keys("river stone lamp")) }
        let reopened = try ProjectStore(path: path, keys: keys("new words"))
        #expect(try reopened.answers(sessionID: "s1").map(\.value) == [Known.answer])
    }

    @Test func theCodecRefusesBytesItDidNotSeal() throws {
        let codec = SealedTextCodec(key: .init(size: .bits256))
        let sealed = try codec.seal("text", context: "a")
        #expect(try codec.open(sealed, context: "a") == "text")
        #expect(throws: SealedTextCodec.Unreadable.self) { try codec.open(sealed, context: "b") }
        var damaged = sealed
        damaged[damaged.count - 1] ^= 1
        #expect(throws: SealedTextCodec.Unreadable.self) { try codec.open(damaged, context: "a") }
        #expect(throws: SealedTextCodec.Unreadable.self) {
            try SealedTextCodec(key: .init(size: .bits256)).open(sealed, context: "a")
        }
    }
}
