import EvalKitTestSupport
import Foundation
import Testing

/// Outputs never replace (or write through) a device, pipe or link; inputs that are not
/// regular files are refused at once instead of blocking or reading forever.
struct SpecialFileTests {
    private func isFIFO(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO
    }

    @Test func anOutputThatIsAPipeIsLeftAlone() throws {
        let project = try ScriptedProject.referenceCopy()
        let pipe = project.file("codes.qdc")
        #expect(mkfifo(pipe, 0o600) == 0)
        let output = try EvalKitProcess.run(["refi", "export", "--codebook", pipe, "--project", project.path])
        #expect(output.status == 73)
        #expect(
            output.standardError
                == "\(pipe): error: it exists and is not a regular file (a device, pipe, link or folder); it is left "
                + "as it is: choose another name\n")
        #expect(isFIFO(pipe))
    }

    @Test func anOutputThatIsASymbolicLinkIsLeftAlone() throws {
        let project = try ScriptedProject.withOneInterview()
        let target = try project.write("someone else's file", to: "elsewhere.txt")
        let link = project.file("project.qdpx")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        let output = try EvalKitProcess.run(["refi", "export", "--qdpx", link, "--project", project.path])
        #expect(output.status == 73)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "someone else's file")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target)
    }

    @Test func inputsThatAreNotRegularFilesAreRefusedAtOnce() throws {
        let project = try ScriptedProject.referenceCopy()
        let pipe = project.file("answers.csv")
        #expect(mkfifo(pipe, 0o600) == 0)
        let agreement = try EvalKitProcess.run(["agreement", "--input", pipe, "--project", project.path])
        #expect(agreement.status == 66)
        #expect(agreement.standardError.contains("it is not a regular file"))
        let zero = try EvalKitProcess.run(["agreement", "--input", "/dev/zero", "--project", project.path])
        #expect(zero.status == 66)
        let validate = try EvalKitProcess.run(["instrument", "validate", pipe, "--project", project.path])
        #expect(validate.status != 0)
        #expect(
            validate.standardError.contains("it is not a regular file")
                || validate.standardOutput.contains("it is not a regular file"))
    }

    /// Bundles and other tools' projects are read whole: a pipe or a device would block or fill
    /// memory, so they are refused before reading.
    @Test func bundlesAndREFIProjectsMustBeRegularFiles() throws {
        let project = try ScriptedProject.referenceCopy()
        let pipe = project.file("field.bundle")
        #expect(mkfifo(pipe, 0o600) == 0)
        let keys = try EvalKitProcess.run(["keys", "generate", "--out", project.file("keys")])
        #expect(keys.status == 0, "\(keys.standardError)")
        let bundle = try EvalKitProcess.run([
            "bundle", "import", pipe, "--key", project.file("keys/team.key"), "--project", project.path,
        ])
        #expect(bundle.status == 66)
        #expect(bundle.standardError == "\(pipe): error: cannot be read (it is not a regular file)\n")
        let zero = try EvalKitProcess.run([
            "bundle", "import", "/dev/zero", "--key", project.file("keys/team.key"), "--project", project.path,
        ])
        #expect(zero.status == 66)
        let qde = project.file("atlas.qde")
        #expect(mkfifo(qde, 0o600) == 0)
        let refi = try EvalKitProcess.run(["refi", "import", qde, "--dry-run", "--project", project.path])
        #expect(refi.status == 66)
        #expect(
            refi.standardError == "\(qde): error: cannot be read (it is not a regular file); nothing was imported.\n")
        let taguette = project.file("project.sqlite3")
        #expect(mkfifo(taguette, 0o600) == 0)
        let sqlite = try EvalKitProcess.run(["refi", "import", taguette, "--dry-run", "--project", project.path])
        #expect(sqlite.status == 65)
        #expect(sqlite.standardError.contains("cannot be read (it is not a regular file); nothing was imported."))
    }
}
