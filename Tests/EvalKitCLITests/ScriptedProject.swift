import EvalKitTestSupport
import Foundation
import Testing

/// Projects for end-to-end tests: a copy of the reference case with fieldwork in its database.
enum ScriptedProject {
    /// A copy of the reference project's files without its database, so that a test never
    /// reads or writes the repository's own (which `evalkit demo` may have filled).
    static func referenceCopy() throws -> TemporaryDirectory {
        let folder = try Repository.copy(["Instruments", "Consent", "Analysis", "Report"])
        return folder
    }

    /// A copy of the reference project with one scripted interview in its database.
    /// One woman's interview at lao-cai; with `autoCoded`, also coded by `evalkit code auto`.
    static func withOneInterview(autoCoded: Bool = false) throws -> TemporaryDirectory {
        let folder = try Repository.copy()
        let script = [
            "yes", "no", "no", "yes", "yes", "34", "1", "1", "Bat Xat", "1", "1", "1", "1", "0", "", "no",
            "Gia đình tôi mắc nợ nhiều.", "Tôi bị ép làm việc ở nhà hàng.", "", "Nothing here.", "", ":pause",
        ].joined(separator: "\n")
        let output = try EvalKitProcess.run(
            ["interview", "start", "--project", folder.path, "--instrument", "survivor-centre", "--site", "lao-cai"],
            input: script + "\n")
        #expect(output.status == 0, "\(output.standardError)")
        if autoCoded {
            let coded = try EvalKitProcess.run(["code", "auto", "--project", folder.path])
            #expect(coded.status == 0, "\(coded.standardError)")
        }
        return folder
    }
}
