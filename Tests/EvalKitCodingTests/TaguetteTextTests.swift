import EvalKitCore
import EvalKitStore
import EvalKitTestSupport
import Foundation
import Testing

@testable import EvalKitCoding

struct TaguetteTextTests {
    @Test func textNodesAreJoinedAndBytesMapToCharacters() throws {
        // "👍" is 4 UTF-8 bytes, "ợ" 3, "&amp;" one byte once decoded; <p><p> gets a break of no bytes.
        let text = TaguetteText(html: "<p>A 👍 nợ</p><p>B &amp; C</p>")
        #expect(text.text == "A 👍 nợ\nB & C")
        // Bytes: A=0, space=1, 👍=2..<6, space=6, n=7, ợ=8..<11, B=11, space=12, &=13, space=14, C=15;
        // characters: A=0, space=1, 👍=2, space=3, n=4, ợ=5, the added break=6, B=7, …, C=11.
        #expect(text.range(bytes: 7, 11) == 4..<6)
        #expect(text.range(bytes: 11, 16) == 7..<12)
        #expect(text.range(bytes: 2, 6) == 2..<3)
        // A start inside a character moves after it, as Taguette splits.
        #expect(text.range(bytes: 3, 6) == 3..<3)
        #expect(text.range(bytes: 0, 17) == nil)
    }

    @Test func aFileThatIsNotATaguetteProjectIsRefused() throws {
        let folder = try TemporaryDirectory()
        let notSQLite = try folder.write("hello", to: "project.sqlite3")
        do {
            _ = try REFIImporter(store: nil, codebook: nil).importFile(at: notSQLite)
            Issue.record("imported")
        } catch {
            #expect(error.exitStatus == .dataError)
            #expect(error.description.hasPrefix("\(notSQLite): error: not a readable SQLite database"))
        }
        let other = folder.file("other.sqlite3")
        _ = try ProjectStore(path: other)
        do {
            _ = try REFIImporter(store: nil, codebook: nil).importFile(at: other)
            Issue.record("imported")
        } catch {
            #expect(
                error.description
                    == "\(other): error: not a Taguette project file (it has no 'documents' table); nothing was imported."
            )
        }
    }
}
