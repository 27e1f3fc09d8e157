import EvalKitTestSupport
import EvalKitXML
import Foundation
import Testing

@Suite struct RefiCommandTests {
    @Test func exportsAValidCodebookAtomically() throws {
        let folder = try TemporaryDirectory()
        let target = folder.file("out/codebook.qdc")
        let output = try EvalKitProcess.run(["refi", "export", "--codebook", target, "--project", Repository.root])
        #expect(output.status == 0, "\(output.standardError)")
        #expect(output.standardOutput.contains("to \(target)."))
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: target)))
        let schemaBytes = try [UInt8](
            Data(contentsOf: URL(fileURLWithPath: Repository.root + "/../shared/refi-qda/Codebook-mrt2019.xsd")))
        let schema = try XMLSchema(set: "refi-qda", main: "Codebook.xsd", resources: ["Codebook.xsd": schemaBytes])
        let document = try XMLDocument.parse(bytes, fileName: "codebook.qdc")
        #expect(document.validate(against: schema).map(\.description) == [])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.file("out")) == ["codebook.qdc"])
    }

    @Test func sameGUIDsOnEveryExport() throws {
        let folder = try TemporaryDirectory()
        for name in ["a.qdc", "b.qdc"] {
            let output = try EvalKitProcess.run(
                ["refi", "export", "--codebook", folder.file(name), "--project", Repository.root])
            #expect(output.status == 0, "\(output.standardError)")
        }
        let first = try Data(contentsOf: URL(fileURLWithPath: folder.file("a.qdc")))
        let second = try Data(contentsOf: URL(fileURLWithPath: folder.file("b.qdc")))
        #expect(first == second)
    }

    @Test func missingCodebookOptionIsAUsageError() throws {
        let folder = try TemporaryDirectory()
        let output = try EvalKitProcess.run(["refi", "export", "--project", Repository.root], in: folder.path)
        #expect(output.status == 64)
        #expect(
            output.standardError
                == "error: nothing to export: give --codebook FILE.qdc (only --codebook is available so far).\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [])
    }

    @Test func unwritableTargetFails() throws {
        let folder = try TemporaryDirectory()
        let blocker = try folder.write("not a folder", to: "blocker")
        let output = try EvalKitProcess.run(
            ["refi", "export", "--codebook", blocker + "/codebook.qdc", "--project", Repository.root])
        #expect(output.status == 73)
        #expect(output.standardError.contains("cannot be created"))
    }
}
