import EvalKitTestSupport
import Foundation
import Testing

/// The runner in a real 80x24 terminal, killed with SIGKILL mid-interview: every answer the
/// screen acknowledged must be in the database, and `resume` must continue after it.
struct RunnerCrashTests {
    private func makeProject() throws -> TemporaryDirectory {
        let folder = try Repository.copy()
        return folder
    }

    private func json(_ arguments: [String]) throws -> Any {
        let output = try EvalKitProcess.run(arguments)
        #expect(output.status == 0, "\(arguments): \(output.standardError)")
        return try JSONSerialization.jsonObject(with: Data(output.standardOutput.utf8))
    }

    @Test(.needsTmux) func answersAcknowledgedBeforeSIGKILLSurviveAndResumeContinuesAfterThem() throws {
        let project = try makeProject()
        let terminal = Tmux()
        defer { terminal.stop() }
        try terminal.start(
            [
                EvalKitProcess.binary, "interview", "start", "--project", project.path, "--instrument",
                "survivor-centre",
                "--site", "lao-cai", "--interviewer", "IV-07",
            ], environment: ["NO_COLOR": ""])  // `swift test` itself may set NO_COLOR; an empty one means unset
        // Consent: private setting, interpreter, minor, consent, attestation. A wait looks only
        // below the line last typed on; ">" is the prompt for a further line of an open answer.
        let steps: [(waitFor: String, type: String)] = [
            ("nobody can overhear", "yes"), ("Is an interpreter", "no"), ("younger than 18", "no"),
            ("Do you agree to take part", "yes"), ("I confirm that I read", "yes"),
            ("Age (years)", "34"), ("Sex", "1"), ("Ethnic group", "2"), ("Place of birth", "Bat Xat"),
            ("rural or an urban", "1"), ("lives with now", "3"), ("Highest level", "2"), ("Marital status", "1"),
            ("Number of children", "0"), ("Where the children live", ""),
            ("Question 1 of 54", "no"), ("Question 3 of 54", "Because we had no money at home."), (">", ""),
            ("Question 4 of 54", "On the bus, when they took our papers."), (">", ""),
        ]
        for step in steps {
            try terminal.waitFor(step.waitFor)
            try terminal.type(step.type)
        }
        // The next question on screen means the previous answer was acknowledged.
        try terminal.waitFor("Question 5 of 54")
        #expect(try terminal.screen(escapes: true).contains("\u{1B}["), "a terminal gets styled text")
        let pid = try terminal.programPID()
        #expect(kill(pid, SIGKILL) == 0)
        for _ in 0..<100 where try !terminal.programEnded() { Thread.sleep(forTimeInterval: 0.05) }
        #expect(try terminal.programEnded())

        let sessions =
            try json(["interview", "list", "--project", project.path, "--format", "json"]) as? [[String: Any]]
        let session = try #require(sessions?.first)
        #expect(sessions?.count == 1)
        #expect(session["status"] as? String == "in-progress")
        let id = try #require(session["id"] as? String)
        let details =
            try json(["interview", "show", id, "--project", project.path, "--format", "json"]) as? [String: Any]
        let answers = (details?["answers"] as? [[String: Any]] ?? []).map {
            "\($0["question"] as? String ?? "")=\($0["value"] as? String ?? "")"
        }
        #expect(
            answers == [
                "before.knew=no", "before.cause=Because we had no money at home.",
                "leaving.realised=On the bus, when they took our papers.",
            ])
        let profile = (details?["respondents"] as? [[String: Any]])?.first?["profile"] as? [String: String]
        #expect(profile?["age"] == "34")
        #expect(profile?["birthplace"] == "Bat Xat")

        let resumed = Tmux()
        defer { resumed.stop() }
        try resumed.start(
            [EvalKitProcess.binary, "interview", "resume", id, "--project", project.path],
            environment: ["NO_COLOR": "1"])
        try resumed.waitFor("Resuming where the session left off.")
        try resumed.waitFor("Question 5 of 54")
        #expect(try !resumed.screen().contains("Question 4 of 54"))
        #expect(try !resumed.screen(escapes: true).contains("\u{1B}["), "NO_COLOR turns styling off")
        try resumed.type(":stop")
        try resumed.waitFor("stopped by the respondent")
        let after =
            try json(["interview", "show", id, "--project", project.path, "--format", "json"]) as? [String: Any]
        #expect(after?["status"] as? String == "stopped-by-respondent")
        #expect((after?["answers"] as? [[String: Any]])?.count == 3)
    }
}
