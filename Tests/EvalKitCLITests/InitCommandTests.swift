import EvalKitTestSupport
import Foundation
import Testing

/// Runs `evalkit init` end to end, each test in its own temporary folder.
struct InitCommandTests {
    @Test func initMakesTheFoldersTemplatesIgnoreFileAndDatabase() throws {
        let folder = try TemporaryDirectory()
        let project = folder.file("study")
        let output = try EvalKitProcess.run(["init", project])
        #expect(output.status == 0)
        #expect(output.standardError == "")
        #expect(
            output.standardOutput == """
                Made a new EvalKit project in \(project):
                  Instruments/framework.xml   criteria, sites and groups to fill in
                  Consent/verbal-consent.xml  the consent script to adapt
                  Consent/contacts.xml        the team's card and referral services
                  Analysis/rubric.xml         how coded evidence becomes ratings
                  .evalkit/project.sqlite   the database (git-ignored)
                Add your guides to Instruments/, then check them with: evalkit instrument validate --project \(project)

                """)
        for name in ["Instruments", "Consent", "Analysis", "Exports", ".evalkit"] {
            var isFolder: ObjCBool = false
            #expect(FileManager.default.fileExists(atPath: "\(project)/\(name)", isDirectory: &isFolder))
            #expect(isFolder.boolValue, "\(name) is a folder")
        }
        for name in [
            "Instruments/framework.xml", "Consent/verbal-consent.xml", "Consent/contacts.xml",
            "Analysis/rubric.xml", ".evalkit/project.sqlite",
        ] {
            #expect(FileManager.default.fileExists(atPath: "\(project)/\(name)"), "\(name) exists")
        }
        let ignore = try String(contentsOfFile: "\(project)/.gitignore", encoding: .utf8)
        #expect(ignore.split(separator: "\n").contains(".evalkit/"))
    }

    @Test func theTemplatesOfANewProjectPassValidation() throws {
        let folder = try TemporaryDirectory()
        _ = try EvalKitProcess.run(["init", folder.path])
        let output = try EvalKitProcess.run(["instrument", "validate", "--project", folder.path])
        #expect(output.status == 0)
        #expect(output.standardOutput == "Checked 4 files: 0 errors, 0 warnings.\n")
        #expect(output.standardError == "")
    }

    @Test func withoutAFolderInitMakesTheProjectInTheCurrentFolder() throws {
        let folder = try TemporaryDirectory()
        let output = try EvalKitProcess.run(["init"], in: folder.path)
        #expect(output.status == 0)
        #expect(output.standardOutput.hasPrefix("Made a new EvalKit project in .:\n"))
        #expect(FileManager.default.fileExists(atPath: folder.file("Instruments/framework.xml")))
        #expect(FileManager.default.fileExists(atPath: folder.file(".evalkit/project.sqlite")))
    }

    @Test func aNewProjectHasNoSessionsYet() throws {
        let folder = try TemporaryDirectory()
        _ = try EvalKitProcess.run(["init", folder.path])
        let output = try EvalKitProcess.run(["interview", "list", "--project", folder.path])
        #expect(output.status == 0)
        #expect(output.standardOutput == "No sessions yet.\n")
    }

    @Test func initOnAnExistingProjectExits64AndChangesNothing() throws {
        let folder = try TemporaryDirectory()
        _ = try EvalKitProcess.run(["init", folder.path])
        try folder.write("<!-- edited by the team -->\n", to: "Consent/contacts.xml")
        let before = try snapshot(of: folder.path)
        let output = try EvalKitProcess.run(["init", folder.path])
        #expect(output.status == 64)
        #expect(output.standardOutput == "")
        #expect(output.standardError.hasPrefix("error: '\(folder.path)' already holds a project (Instruments"))
        #expect(output.standardError.hasSuffix("Consent/); nothing was changed.\n"))
        #expect(try snapshot(of: folder.path) == before)
    }

    @Test func initOnACopyOfTheReferenceCaseMakesNoDatabase() throws {
        let folder = try Repository.copy()
        let before = try snapshot(of: folder.path)
        let output = try EvalKitProcess.run(["init", folder.path])
        #expect(output.status == 64)
        #expect(try snapshot(of: folder.path) == before)
        #expect(!FileManager.default.fileExists(atPath: folder.file(".evalkit")))
    }

    @Test func theExistingProjectMessageNamesEachFolderWithASlash() throws {
        let folder = try TemporaryDirectory()
        _ = try EvalKitProcess.run(["init", folder.path])
        let output = try EvalKitProcess.run(["init", folder.path])
        #expect(
            output.standardError
                == "error: '\(folder.path)' already holds a project (Instruments/, Consent/); "
                + "nothing was changed.\n")
    }

    /// The database must never be committed, even when the folder already had a .gitignore.
    @Test func initIntoAFolderWithAnIgnoreFileStillIgnoresTheDatabase() throws {
        let folder = try TemporaryDirectory()
        try folder.write("*.log\n", to: ".gitignore")
        let output = try EvalKitProcess.run(["init", folder.path])
        #expect(output.status == 0)
        let ignore = try String(contentsOfFile: folder.file(".gitignore"), encoding: .utf8)
        #expect(ignore.hasPrefix("*.log\n"), "the team's own rules are kept")
        #expect(ignore.split(separator: "\n").contains(".evalkit/"))
    }

    /// Every file and folder under `path` with its contents (nil for a folder).
    private func snapshot(of path: String) throws -> [String: Data?] {
        var entries: [String: Data?] = [:]
        for relative in try FileManager.default.subpathsOfDirectory(atPath: path) {
            let full = (path as NSString).appendingPathComponent(relative)
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: full, isDirectory: &isFolder)
            entries[relative] = isFolder.boolValue ? .some(nil) : try Data(contentsOf: URL(fileURLWithPath: full))
        }
        return entries
    }
}
