import EvalKitTestSupport
import Foundation
import Testing

/// `evalkit demo` end to end, on copies of the reference case.
struct DemoCommandTests {
    static let environment = ["NO_COLOR": "1", "LC_ALL": "C.UTF-8", "TERM": "dumb"]

    private func sessionLines(_ project: String) throws -> Int {
        let list = try EvalKitProcess.run(
            ["interview", "list", "--project", project], environment: Self.environment)
        #expect(list.status == 0, "\(list.standardError)")
        return list.standardOutput.split(separator: "\n").count - 1
    }

    @Test func fillsTheProjectThenRefusesToOverwriteWithoutForce() throws {
        let project = try ScriptedProject.referenceCopy()
        let first = try EvalKitProcess.run(
            ["demo", "--project", project.path, "--seed", "5"], environment: Self.environment)
        #expect(first.status == 0, "\(first.standardError)")
        #expect(first.standardOutput.contains("Sessions: 99 (93 interviews, 6 FGDs), all completed with consent."))
        #expect(first.standardError.contains("Auto-coding answers"))
        // Every step's progress reaches its end.
        var last: [String: String] = [:]
        for line in first.standardError.split(separator: "\n") {
            guard let match = line.wholeMatch(of: /(.+): \d+ of \d+ \((\d+)%\)/) else { continue }
            last[String(match.1)] = String(match.2)
        }
        #expect(last["Writing the report"] == "100")
        #expect(Set(last.values) == ["100"], "\(last)")
        // Only the finished database is left: no temporary file, no write-ahead log.
        #expect(try FileManager.default.contentsOfDirectory(atPath: project.file(".evalkit")) == ["project.sqlite"])
        #expect(try sessionLines(project.path) == 99)

        let second = try EvalKitProcess.run(["demo", "--project", project.path], environment: Self.environment)
        #expect(second.status == 73)
        #expect(
            second.standardError
                == "error: '\(project.file(".evalkit/project.sqlite"))' already holds 99 sessions; the demo never "
                + "overwrites fieldwork. Use --out DIR for a separate demo project, or add --force to replace this "
                + "database.\n")
        #expect(second.standardOutput.isEmpty)

        let forced = try EvalKitProcess.run(
            ["demo", "--project", project.path, "--force"], environment: Self.environment)
        #expect(forced.status == 0, "\(forced.standardError)")
        #expect(try sessionLines(project.path) == 99)
    }

    @Test func outMakesACompleteProjectOfItsOwn() throws {
        let source = try ScriptedProject.referenceCopy()
        let out = source.file("demo-project")
        let built = try EvalKitProcess.run(
            ["demo", "--project", source.path, "--out", out], environment: Self.environment)
        #expect(built.status == 0, "\(built.standardError)")
        for name in ["Instruments", "Consent", "Exports", ".evalkit/project.sqlite"] {
            #expect(FileManager.default.fileExists(atPath: (out as NSString).appendingPathComponent(name)), "\(name)")
        }
        #expect(!FileManager.default.fileExists(atPath: source.file(".evalkit")))
        #expect(built.standardOutput.contains("evalkit agreement --coders rules,AN-01 --project \(out)"))
        let agreement = try EvalKitProcess.run(
            ["agreement", "--project", out, "--coders", "rules,AN-01"], environment: Self.environment)
        #expect(agreement.status == 0, "\(agreement.standardError)")
        let validate = try EvalKitProcess.run(
            ["instrument", "validate", "--project", out], environment: Self.environment)
        #expect(validate.status == 0, "\(validate.standardError)")

        let again = try EvalKitProcess.run(
            ["demo", "--project", source.path, "--out", out], environment: Self.environment)
        #expect(again.status == 73)
        #expect(again.standardError.contains("already holds 99 sessions"))
    }

    @Test func refusesANonEmptyOutFolderItDidNotMake() throws {
        let source = try ScriptedProject.referenceCopy()
        let out = try TemporaryDirectory()
        try out.write("keep me", to: "notes.txt")
        let refused = try EvalKitProcess.run(
            ["demo", "--project", source.path, "--out", out.path], environment: Self.environment)
        #expect(refused.status == 73)
        #expect(
            refused.standardError
                == "error: '\(out.path)' exists and is not empty; choose a new folder for --out, or add --force to "
                + "write the demo project into it.\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["notes.txt"])
    }

    @Test func helpExplainsTheCommand() throws {
        let help = try EvalKitProcess.run(["demo", "--help"], environment: Self.environment)
        #expect(help.status == 0)
        for text in ["--out <dir>", "--seed <n>", "--force", "fictional", "docs/demo.md"] {
            #expect(help.standardOutput.contains(text), "\(text)")
        }
    }
}
