import EvalKitTestSupport
import Foundation
import Testing

/// Projects for end-to-end tests: a copy of the reference case with fieldwork in its database.
enum ScriptedProject {
    /// A copy of the reference project with one scripted interview in its database.
    static func withOneInterview() throws -> TemporaryDirectory {
        let folder = try TemporaryDirectory()
        for name in ["Instruments", "Consent"] {
            try FileManager.default.copyItem(atPath: Repository.path(name), toPath: folder.file(name))
        }
        let script = [
            "yes", "no", "no", "yes", "yes", "34", "1", "1", "Bat Xat", "1", "1", "1", "1", "0", "", "no",
            "Gia đình tôi mắc nợ nhiều.", "Tôi bị ép làm việc ở nhà hàng.", "", "Nothing here.", "", ":pause",
        ].joined(separator: "\n")
        let output = try EvalKitProcess.run(
            ["interview", "start", "--project", folder.path, "--instrument", "survivor-centre", "--site", "lao-cai"],
            input: script + "\n")
        #expect(output.status == 0, "\(output.standardError)")
        return folder
    }
}
