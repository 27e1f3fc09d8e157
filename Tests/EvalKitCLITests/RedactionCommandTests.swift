import EvalKitTestSupport
import Foundation
import Testing
import ZIPFoundation

/// Published exports mask the names and places listed in Analysis/redactions.xml.
struct RedactionCommandTests {
    private func writeList(_ body: String, in project: TemporaryDirectory) throws {
        try FileManager.default.createDirectory(atPath: project.file("Analysis"), withIntermediateDirectories: true)
        _ = try project.write(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <redactions xmlns="urn:evalkit:1" id="redactions" version="1">
            \(body)
            </redactions>
            """, to: "Analysis/redactions.xml")
    }

    @Test func theREFIExportMasksListedPlacesInTextsAndCases() throws {
        let project = try ScriptedProject.withOneInterview(autoCoded: true)
        try writeList("  <place>bat xat</place>\n  <place>Nhà Hàng</place>", in: project)
        let target = project.file("out.qdpx")
        let output = try EvalKitProcess.run(["refi", "export", "--qdpx", target, "--project", project.path])
        #expect(output.status == 0, "\(output.standardError)")
        let archive = try Archive(url: URL(fileURLWithPath: target), accessMode: .read)
        var everything = ""
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            everything += String(decoding: data, as: UTF8.self)
        }
        #expect(everything.contains("Tôi bị ép làm việc ở [place]."))
        #expect(everything.contains("<TextValue>[place]</TextValue>"))
        for hidden in ["Bat Xat", "nhà hàng", "A-SURV-001"] {
            #expect(!everything.contains(hidden), "'\(hidden)' is in the export")
        }
    }

    @Test func anInvalidListIsReportedByValidate() throws {
        let project = try ScriptedProject.withOneInterview()
        try writeList("  <person>Hoa</person>", in: project)
        let output = try EvalKitProcess.run(["instrument", "validate", "--project", project.path])
        #expect(output.status == 65)
        #expect(output.standardError.contains("Analysis/redactions.xml:3:"))
        #expect(output.standardError.contains("person"))
    }
}
