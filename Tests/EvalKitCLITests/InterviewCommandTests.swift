import EvalKitTestSupport
import Foundation
import Testing

/// Runs `evalkit interview` end to end, as an interviewer would, on a fresh copy of the
/// reference project in its own temporary folder.
struct InterviewCommandTests {
    // MARK: Refused before anything is recorded

    @Test func startWithAnUnknownSiteExits64AndSuggestsTheNearest() throws {
        let project = try ProjectCopy()
        let output = try project.evalkit(["interview", "start", "--instrument", "survivor-centre", "--site", "lao-kai"])
        #expect(output.status == 64)
        #expect(
            output.standardError
                == "error: unknown site 'lao-kai'. Did you mean 'lao-cai'? "
                + "Sites: lao-cai, bac-giang, an-giang, ha-noi.\n")
        #expect(output.standardOutput == "")
        #expect(try project.evalkit(["interview", "list"]).standardOutput == "No sessions yet.\n")
    }

    @Test func startWithAnUnknownGuideExits64AndListsTheGuides() throws {
        let project = try ProjectCopy()
        let output = try project.evalkit(["interview", "start", "--instrument", "survivor-center", "--site", "lao-cai"])
        #expect(output.status == 64)
        #expect(
            output.standardError
                == "error: no guide 'survivor-center' in this project. Did you mean 'survivor-centre'? Guides: "
                + "centre-staff, community-member, family-member, fgd, government, ngo-un, survivor-centre, "
                + "survivor-outreach.\n")
    }

    @Test func aGuideForSeveralGroupsNeedsTheRespondentGroup() throws {
        let project = try ProjectCopy()
        let output = try project.evalkit(["interview", "start", "--instrument", "fgd", "--site", "lao-cai"])
        #expect(output.status == 64)
        #expect(
            output.standardError
                == "error: guide 'fgd' is for several groups (survivor, family, implementer, government, community); "
                + "choose one with --respondent-group.\n")
    }

    @Test func aSiteThatDoesNotRunTheGuidesUnitIsRefused() throws {
        let project = try ProjectCopy()
        let output = try project.evalkit([
            "interview", "start", "--instrument", "survivor-outreach", "--site", "lao-cai",
        ])
        #expect(output.status == 64)
        #expect(
            output.standardError
                == "error: site 'lao-cai' does not run unit 'outreach', which guide 'survivor-outreach' is for.\n")
    }

    @Test func anInterviewerCodeWithASpaceIsRefused() throws {
        let project = try ProjectCopy()
        let output = try project.evalkit([
            "interview", "start", "--instrument", "survivor-centre", "--site", "lao-cai", "--interviewer", "IV 03",
        ])
        #expect(output.status == 64)
        #expect(
            output.standardError
                == "error: interviewer code 'IV 03' is not valid: use 1 to 16 letters, digits or '-', "
                + "such as IV-03 (never a name).\n")
    }

    @Test func aPlaceThatIsNotPrivateRecordsNothing() throws {
        let project = try ProjectCopy()
        let output = try project.startSurvivorCentre(input: "no\n")
        #expect(output.status == 0)
        #expect(output.standardOutput.contains("Not started. Find a place where no one can overhear"))
        #expect(try project.evalkit(["interview", "list"]).standardOutput == "No sessions yet.\n")
    }

    @Test func inputThatEndsBeforeConsentRecordsNothing() throws {
        let project = try ProjectCopy()
        let output = try project.startSurvivorCentre(input: "yes\nno\nno\n")
        #expect(output.status == 0)
        #expect(try project.evalkit(["interview", "list", "--format", "json"]).standardOutput == "[]\n")
    }

    // MARK: A complete interview

    @Test func aScriptedInterviewCompletesAndIsListed() throws {
        let project = try ProjectCopy()
        let script = try project.script(Script.complete)
        let output = try project.startSurvivorCentre(script: script)
        #expect(output.status == 0)
        #expect(output.standardError == "")
        let sessions = try project.sessions()
        try #require(sessions.count == 1)
        let id = try #require(sessions[0]["id"] as? String)
        #expect(sessions[0]["status"] as? String == "completed")
        #expect(sessions[0]["instrument"] as? String == "survivor-centre")
        #expect(sessions[0]["site"] as? String == "lao-cai")
        #expect(sessions[0]["respondentGroup"] as? String == "survivor")
        #expect(sessions[0]["answers"] as? Int == Script.completeAnswerCount)
        #expect(output.standardOutput.hasSuffix("\nSession \(id) completed.\n"))
        #expect(output.standardOutput.contains("== Contact card for the respondent =="))
        #expect(!output.standardOutput.contains("\n  ! "), "every scripted entry is accepted")
    }

    @Test func showAsJSONHasTheProfileTheAnswersAndTheNotes() throws {
        let project = try ProjectCopy()
        _ = try project.startSurvivorCentre(script: try project.script(Script.complete))
        let id = try #require(try project.sessions().first?["id"] as? String)
        let output = try project.evalkit(["interview", "show", id, "--format", "json"])
        #expect(output.status == 0)
        #expect(!output.standardOutput.contains("\u{1B}"))
        let session = try #require(
            try JSONSerialization.jsonObject(with: Data(output.standardOutput.utf8)) as? [String: Any])
        #expect(session["status"] as? String == "completed")
        #expect(session["interviewer"] as? String == "IV-03")
        #expect(session["interpreterUsed"] as? Bool == false)
        #expect(session["consentAt"] is String)
        let respondents = try #require(session["respondents"] as? [[String: Any]])
        try #require(respondents.count == 1)
        #expect(respondents[0]["code"] as? String == "A-SURV-001")
        #expect(
            respondents[0]["profile"] as? [String: String] == [
                "age": "24", "sex": "female", "ethnicity": "hmong", "birthplace": "Commune A, District B",
                "residence": "rural", "living-arrangement": "family", "education": "lower-secondary",
                "civil-status": "single", "children": "0",
            ])
        let answers = try #require(session["answers"] as? [[String: Any]])
        #expect(answers.count == Script.completeAnswerCount)
        func answer(_ question: String) -> [String: Any]? { answers.first { $0["question"] as? String == question } }
        #expect(answer("before.cause")?["value"] as? String == "My family had debts.\nI wanted to help them.")
        #expect(answer("before.cause")?["respondent"] as? String == "A-SURV-001")
        #expect(answer("leaving.recruited")?["status"] as? String == "declined")
        #expect(answer("leaving.recruited")?["value"] == nil)
        #expect(answer("leaving.recruiter")?["value"] as? String == "acquaintance")
        #expect(answer("return.exit-help")?["value"] as? String == "police organisation")
        #expect(answer("services.gender-needs")?["status"] as? String == "not-applicable")
        // Conditions: no debt, so what the debt was is never asked.
        #expect(answer("away.debt-whose") == nil)
        let notes = try #require(session["notes"] as? [[String: Any]])
        #expect(notes.count == 1)
        #expect(notes.first?["questionID"] as? String == "return.family")
        #expect(notes.first?["text"] as? String == "Respondent was tired; offered a break, went on.")
        let events = try #require(session["events"] as? [[String: Any]])
        #expect(events.compactMap { $0["kind"] as? String } == ["distress-pause", "completed"])
    }

    @Test func pipedInputWorksTheSameAsAScriptFile() throws {
        let scripted = try ProjectCopy()
        let fromScript = try scripted.startSurvivorCentre(script: try scripted.script(Script.complete))
        let piped = try ProjectCopy()
        let fromPipe = try piped.startSurvivorCentre(input: Script.complete.joined(separator: "\n") + "\n")
        #expect(fromPipe.status == 0)
        let scriptedID = try #require(try scripted.sessions().first?["id"] as? String)
        let pipedID = try #require(try piped.sessions().first?["id"] as? String)
        #expect(try piped.sessions().first?["status"] as? String == "completed")
        #expect(
            fromPipe.standardOutput.replacingOccurrences(of: pipedID, with: "ID")
                == fromScript.standardOutput.replacingOccurrences(of: scriptedID, with: "ID"))
    }

    @Test func outputHasNoEscapeCodesWhenItIsNotATerminal() throws {
        let project = try ProjectCopy()
        // An empty NO_COLOR does not turn colour off: only the pipe does.
        let environment = ["NO_COLOR": "", "TERM": "xterm-256color"]
        let run = try EvalKitProcess.run(
            [
                "interview", "start", "--project", project.path, "--instrument", "survivor-centre", "--site",
                "lao-cai", "--interviewer", "IV-03", "--script", try project.script(Script.complete),
            ], environment: environment)
        #expect(run.status == 0)
        #expect(!run.standardOutput.contains("\u{1B}"))
        let id = try #require(try project.sessions().first?["id"] as? String)
        for arguments in [["interview", "list"], ["interview", "show", id]] {
            let output = try EvalKitProcess.run(arguments + ["--project", project.path], environment: environment)
            #expect(output.status == 0)
            #expect(!output.standardOutput.contains("\u{1B}"))
        }
    }

    @Test func showAsTextListsTheAnswersUnderTheirQuestions() throws {
        let project = try ProjectCopy()
        _ = try project.startSurvivorCentre(script: try project.script(Script.complete))
        let id = try #require(try project.sessions().first?["id"] as? String)
        let output = try project.evalkit(["interview", "show", String(id.prefix(4))])
        #expect(output.status == 0)
        let lines = output.standardOutput.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "Session \(id): survivor-centre v1 (interview), completed")
        #expect(lines.dropFirst().first == "Site lao-cai, unit centre, group survivor, language en, interviewer IV-03")
        #expect(output.standardOutput.contains("\nAnswers (\(Script.completeAnswerCount))\n"))
        #expect(
            output.standardOutput.contains(
                "  leaving.recruited: How did it all begin? Who first talked to you about going\n    away?\n"
                    + "    (declined)\n"))
    }

    // MARK: Consent declined

    @Test func declinedConsentKeepsOnlySiteGroupAndDate() throws {
        let project = try ProjectCopy()
        let output = try project.startSurvivorCentre(input: "yes\nno\nno\nno\n")
        #expect(output.status == 0)
        #expect(output.standardOutput.hasSuffix("\nConsent declined: only the site, group and date are kept.\n"))
        #expect(output.standardOutput.contains("== Contact card for the respondent =="))
        let sessions = try project.sessions()
        try #require(sessions.count == 1)
        #expect(sessions[0]["status"] as? String == "consent-declined")
        #expect(sessions[0]["site"] as? String == "lao-cai")
        #expect(sessions[0]["respondentGroup"] as? String == "survivor")
        #expect(sessions[0]["answers"] as? Int == 0)
        // The date only: no time of day that could point at one person.
        #expect((sessions[0]["started"] as? String)?.hasSuffix("T00:00:00Z") == true)
        let id = try #require(sessions[0]["id"] as? String)
        let shown = try project.evalkit(["interview", "show", id, "--format", "json"])
        let session = try #require(
            try JSONSerialization.jsonObject(with: Data(shown.standardOutput.utf8)) as? [String: Any])
        #expect((session["respondents"] as? [Any])?.isEmpty == true)
        #expect(session["interviewer"] == nil)
        #expect(session["consentAt"] == nil)
        let text = try project.evalkit(["interview", "show", id]).standardOutput
        #expect(id.count == 8)
        #expect(
            text.hasPrefix(
                "Session \(id): consent declined (survivor-centre, site lao-cai, group survivor, "
                    + "\((sessions[0]["started"] as? String ?? "").prefix(10))). Nothing else is kept."))
    }

    // MARK: Resume

    @Test func resumingACompletedSessionExits64() throws {
        let project = try ProjectCopy()
        _ = try project.startSurvivorCentre(script: try project.script(Script.complete))
        let id = try #require(try project.sessions().first?["id"] as? String)
        let output = try project.evalkit(["interview", "resume", id])
        #expect(output.status == 64)
        #expect(
            output.standardError
                == "error: session \(id) is completed; only a session in progress can be resumed.\n")
    }

    @Test func resumingWithoutAnySessionExits64AndCreatesNoDatabase() throws {
        let project = try ProjectCopy()
        let output = try project.evalkit(["interview", "resume", "zzzz"])
        #expect(output.status == 64)
        #expect(
            output.standardError
                == "error: this project has no sessions yet; start one with 'evalkit interview start'.\n")
        #expect(!FileManager.default.fileExists(atPath: project.folder.file(".evalkit")))
    }

    @Test func resumingAnUnknownSessionExits64() throws {
        let project = try ProjectCopy()
        // Starting (even without going past the private-setting check) creates the database.
        _ = try project.evalkit(
            ["interview", "start", "--instrument", "survivor-centre", "--site", "lao-cai"], input: "no\n")
        let output = try project.evalkit(["interview", "resume", "zzzz"])
        #expect(output.status == 64)
        #expect(
            output.standardError == "error: no session 'zzzz' in this project; 'evalkit interview list' shows them.\n")
    }

    @Test func aPausedSessionResumesAtTheFirstUnansweredQuestionAndCompletes() throws {
        let project = try ProjectCopy()
        let first = try project.startSurvivorCentre(script: try project.script(Script.untilPause, named: "one.txt"))
        #expect(first.status == 0)
        let id = try #require(try project.sessions().first?["id"] as? String)
        #expect(
            first.standardOutput.hasSuffix("\nSession \(id) is saved. Continue with: evalkit interview resume \(id)\n"))
        #expect(try project.sessions().first?["status"] as? String == "in-progress")
        #expect(try project.sessions().first?["answers"] as? Int == 1)

        let rest = try project.script(Script.afterPause, named: "two.txt")
        let second = try project.evalkit(["interview", "resume", String(id.prefix(5)), "--script", rest])
        #expect(second.status == 0)
        #expect(second.standardOutput.hasPrefix("Resuming where the session left off.\n"))
        // Question 1 was answered and 2 does not apply: the runner goes on at 3.
        #expect(second.standardOutput.contains("\nQuestion 3 of 54 · sensitive: go gently\n"))
        #expect(!second.standardOutput.contains("Question 1 of 54"))
        #expect(second.standardOutput.hasSuffix("\nSession \(id) completed.\n"))
        let sessions = try project.sessions()
        #expect(sessions.count == 1)
        #expect(sessions.first?["status"] as? String == "completed")
        #expect(sessions.first?["answers"] as? Int == Script.completeAnswerCount)
        let shown = try project.evalkit(["interview", "show", id, "--format", "json"])
        let session = try JSONSerialization.jsonObject(with: Data(shown.standardOutput.utf8)) as? [String: Any]
        let events = (session?["events"] as? [[String: Any]])?.compactMap { $0["kind"] as? String }
        #expect(events == ["paused", "resumed", "distress-pause", "completed"])
    }

    @Test func aChangedGuideIsListedAndNeedsConfirmationToResume() throws {
        let project = try ProjectCopy()
        _ = try project.startSurvivorCentre(script: try project.script(Script.untilPause))
        let id = try #require(try project.sessions().first?["id"] as? String)
        let guide = project.folder.file("Instruments/survivor-centre.xml")
        let original = try String(contentsOfFile: guide, encoding: .utf8)
        let changed = original.replacingOccurrences(
            of: "Where did you hear about it, or from whom?", with: "Where did you hear of it, and from whom?")
        try #require(changed != original)
        try changed.write(toFile: guide, atomically: true, encoding: .utf8)

        // Declining is the interviewer's choice, not an error.
        let refused = try project.evalkit(["interview", "resume", id], input: "no\n")
        #expect(refused.status == 0)
        #expect(refused.standardError == "")
        #expect(refused.standardOutput.hasSuffix("Not resumed; the session is unchanged.\n"))
        #expect(refused.standardOutput.contains("- question 'before.source' is worded differently\n"))
        #expect(try project.sessions().first?["status"] as? String == "in-progress")

        let rest = try project.script(Script.afterPause, named: "rest.txt")
        let accepted = try project.evalkit(["interview", "resume", id, "--accept-changes", "--script", rest])
        #expect(accepted.status == 0)
        #expect(accepted.standardOutput.hasSuffix("\nSession \(id) completed.\n"))
    }

    // MARK: Focus group discussions

    @Test func anFGDKeepsEachContributionAndBackRemovesTheLastOne() throws {
        let project = try ProjectCopy()
        let script = try project.script(Script.focusGroup)
        let output = try project.evalkit([
            "interview", "start", "--instrument", "fgd", "--site", "lao-cai", "--respondent-group", "survivor",
            "--script", script,
        ])
        #expect(output.status == 0)
        #expect(output.standardOutput.contains("Note: 2 is outside the recommended 4 to 10."))
        #expect(output.standardOutput.contains("[who speaks: 1-2, g for the group, Enter for the next question] > "))
        #expect(output.standardOutput.contains("Removed the last answer, by participant 2 (A-SURV-002)"))
        let id = try #require(try project.sessions().first?["id"] as? String)
        #expect(try project.sessions().first?["status"] as? String == "in-progress")
        let shown = try project.evalkit(["interview", "show", id, "--format", "json"])
        let session = try #require(
            try JSONSerialization.jsonObject(with: Data(shown.standardOutput.utf8)) as? [String: Any])
        #expect(session["method"] as? String == "fgd")
        let respondents = try #require(session["respondents"] as? [[String: Any]])
        #expect(respondents.compactMap { $0["code"] as? String } == ["A-SURV-001", "A-SURV-002"])
        #expect(respondents.compactMap { $0["seat"] as? Int } == [1, 2])
        #expect((respondents.last?["profile"] as? [String: String])?["age"] == "45")
        let answers = try #require(session["answers"] as? [[String: Any]])
        #expect(answers.compactMap { $0["question"] as? String } == ["opening.life", "opening.life", "opening.life"])
        #expect(answers.map { $0["respondent"] as? String } == ["A-SURV-001", "A-SURV-002", nil])
        #expect(
            answers.compactMap { $0["value"] as? String } == [
                "Farming, mostly.", "Hard since the big flood.", "People work hard; money is short.",
            ])
    }

    // MARK: Listing

    @Test func listWithoutADatabaseSaysThereAreNoSessions() throws {
        let project = try ProjectCopy()
        let text = try project.evalkit(["interview", "list"])
        #expect(text.status == 0)
        #expect(text.standardOutput == "No sessions yet.\n")
        let json = try project.evalkit(["interview", "list", "--format", "json"])
        #expect(json.standardOutput == "[]\n")
        // Listing is read-only: it makes no database.
        #expect(!FileManager.default.fileExists(atPath: project.folder.file(".evalkit")))
    }

    // MARK: The interviewer's guide

    @Test func theRehearsalScriptInTheInterviewersGuideRunsAndPauses() throws {
        let guide = try String(contentsOfFile: Repository.path("docs/interviewer-guide.md"), encoding: .utf8)
        let lines = guide.split(separator: "\n", omittingEmptySubsequences: false)
        let marker = try #require(lines.firstIndex { $0.hasPrefix("<!-- rehearsal-script") })
        let open = try #require(lines[marker...].firstIndex { $0.hasPrefix("```") })
        let close = try #require(lines[(open + 1)...].firstIndex { $0.hasPrefix("```") })
        let project = try ProjectCopy()
        let script = try project.folder.write(
            lines[(open + 1)..<close].joined(separator: "\n") + "\n", to: "rehearsal.txt")
        let output = try project.startSurvivorCentre(script: script)
        #expect(output.status == 0)
        #expect(!output.standardOutput.contains("\n  ! "), "every line of the guide's script is accepted")
        let session = try #require(try project.sessions().first)
        #expect(session["status"] as? String == "in-progress")
        #expect(session["answers"] as? Int == 13)
        let id = try #require(session["id"] as? String)
        #expect(output.standardOutput.hasSuffix("Continue with: evalkit interview resume \(id)\n"))
    }

    @Test func aNoteTypedOnALaterLineOfAnAnswerBelongsToThatQuestion() throws {
        let project = try ProjectCopy()
        let script = try project.script(
            Script.consent + Script.profile + ["no", "My family had debts.", ":note Long silence here.", ":pause"])
        _ = try project.startSurvivorCentre(script: script)
        let id = try #require(try project.sessions().first?["id"] as? String)
        let shown = try project.evalkit(["interview", "show", id, "--format", "json"])
        let session = try JSONSerialization.jsonObject(with: Data(shown.standardOutput.utf8)) as? [String: Any]
        let note = (session?["notes"] as? [[String: Any]])?.first
        #expect(note?["text"] as? String == "Long silence here.")
        #expect(note?["questionID"] as? String == "before.cause")
    }
}

/// A copy of the reference project's guides and consent scripts, without a database.
private struct ProjectCopy {
    let folder: TemporaryDirectory
    var path: String { folder.path }

    init() throws {
        folder = try Repository.copy()
    }

    /// Runs `evalkit arguments… --project <copy>`.
    func evalkit(_ arguments: [String], input: String = "") throws -> EvalKitProcess.Output {
        try EvalKitProcess.run(arguments + ["--project", path], input: input)
    }

    /// Starts the survivor-centre guide at Lao Cai as IV-03, from a script file or from standard input.
    func startSurvivorCentre(script: String? = nil, input: String = "") throws -> EvalKitProcess.Output {
        var arguments = [
            "interview", "start", "--instrument", "survivor-centre", "--site", "lao-cai", "--interviewer", "IV-03",
        ]
        if let script { arguments += ["--script", script] }
        return try evalkit(arguments, input: input)
    }

    /// Writes the lines as a script file in the folder and returns its path.
    func script(_ lines: [String], named name: String = "script.txt") throws -> String {
        try folder.write(lines.joined(separator: "\n") + "\n", to: name)
    }

    /// `evalkit interview list --format json`, parsed.
    func sessions() throws -> [[String: Any]] {
        let output = try evalkit(["interview", "list", "--format", "json"])
        return try JSONSerialization.jsonObject(with: Data(output.standardOutput.utf8)) as? [[String: Any]] ?? []
    }
}

/// Entries for the reference case's guides, one per prompt, as an interviewer types them.
private enum Script {
    /// Private place, no interpreter, not a minor, consent, attestation.
    static let consent = ["yes", "no", "no", "yes", "yes"]

    /// Age, sex, ethnic group, birthplace, area, living with, schooling, marital status,
    /// children, where the children live (left out).
    static let profile = ["24", "1", "2", "Commune A, District B", "1", "3", "3", "1", "0", ""]

    /// Every applicable question of survivor-centre, from question 1 to 54.
    static let questions = [
        // Section 1: no, so before.source is not asked.
        "no", "My family had debts.", "I wanted to help them.", "",
        // Section 2: leaving.border is no-border, so its timing is not asked.
        "Only after I arrived.", "", ":skip", "2", "By bus, then on foot.", "", "Work in a restaurant.", "",
        ":skip", "1",
        // Section 3: no forced work, no debt.
        "no", "no", "no",
        // Section 4: no children, so return.children is not asked.
        "The police found us.", "", "3 6", "yes", "My family lives there.", "", "Yes, mostly.", "",
        "The centre staff.", "", ":note Respondent was tired; offered a break, went on.", "They welcomed me.", "",
        // Section 5.
        "A border guard told me.", "", "The police brought me.", "", "yes", "1 2 4 6",
        "Yes, it helped me start again.", "", "Help to find work.", "", "Yes, always.", "", "2 3", ":na",
        "Distance and papers.", "", "More follow-up at home.", "",
        // Section 6: working, so work.reasons-not is not asked.
        "yes", "Farm work.", "", "The Women's Union.", "", "Yes, for now.", "",
        // Section 7, with a distress pause before now.hardest.
        "1 2", ":distress", "", "Money.", "", "Mostly yes.", "", "yes", "My mother.", "", "Finding steady work.", "",
        "Yes.", "", "Better than before.", "",
        // Section 8: not migrating, so the plan is not asked.
        "no", "Ask the centre first.", "", ":skip", "No, thank you.", "",
    ]

    static let complete = consent + profile + questions

    /// Answers (declined and not applicable included) that `complete` leaves.
    static let completeAnswerCount = 46

    /// Consent, profile, question 1, then `:pause` at question 3.
    static let untilPause = consent + profile + ["no", ":pause"]

    /// The rest of `complete` after `untilPause`.
    static let afterPause = Array(questions.dropFirst())

    /// An FGD of two: roster, then question 1 with a contribution removed by `:back` and entered again.
    static let focusGroup =
        consent + ["2"] + ["30", "1", "1", "1", "2"] + ["45", "2", "1", "1", "3"] + [
            "1", "Farming, mostly.", "", "2", "Hard since the flood.", "", "g", ":back", "2",
            "Hard since the big flood.", "", "g", "People work hard; money is short.", "", "", ":pause",
        ]
}

struct ScriptFileTests {
    // A script saved on Windows (CRLF) runs like the same script piped in.
    @Test func aScriptWithWindowsLineEndsRunsTheInterview() throws {
        let project = try ScriptedProject.referenceCopy()
        let script =
            [
                "yes", "no", "no", "yes", "yes", "34", "1", "1", "Bat Xat", "1", "1", "1", "1", "0", "", "no",
                "Gia đình tôi mắc nợ nhiều.", "", ":pause",
            ].joined(separator: "\r\n") + "\r\n"
        let file = try project.write(script, to: "windows-script.txt")
        let output = try EvalKitProcess.run([
            "interview", "start", "--project", project.path, "--instrument", "survivor-centre", "--site", "lao-cai",
            "--script", file,
        ])
        #expect(output.status == 0, "\(output.standardError)")
        #expect(!output.standardOutput.contains("Input ended before consent"))
        let list = try EvalKitProcess.run(["interview", "list", "--project", project.path, "--format", "json"])
        #expect(list.standardOutput.contains("\"answers\":2"))
    }
}
