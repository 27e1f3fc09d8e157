import ArgumentParser
import EvalKitStore
import Foundation

struct WithdrawCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "withdraw",
        abstract: "Remove everything a respondent said or was recorded as; keep only that they withdrew.",
        discussion: """
            For an interview respondent the whole session is emptied: answers, coded segments and \
            memos, notes, events and profile values; the session stays as 'withdrawn' with only its \
            guide, site, group and day. For an FGD participant, their profile values and the lines \
            attributed to them (with segments and memos) go; the group's lines and notes stay. The \
            audit log records that a withdrawal happened, by whom and when. The database is then \
            rewritten and its WAL emptied, so nothing can be read back from free pages. This cannot \
            be undone. Bundles and backups made before are not changed: withdraw there too.

            Example: evalkit respondent withdraw A-SURV-007 --actor IV-03
            """
    )

    @OptionGroup var projectOptions: ProjectOptions

    @Argument(help: ArgumentHelp("The respondent's code, such as A-SURV-007.", valueName: "code"))
    var code: String

    @Option(help: ArgumentHelp("Your interviewer or analyst code, for the audit log.", valueName: "code"))
    var actor: String?

    func run() throws {
        let store = try openExistingStore(try projectOptions.layout())
        let summary = try store.withdrawRespondent(code: code, actor: auditActor(actor), at: Date())
        var removed = [
            count(summary.answers, "answer"), count(summary.profileValues, "profile value"),
            count(summary.segments, "coded segment"),
        ]
        if summary.sessionWithdrawn { removed.append(count(summary.notes, "note")) }
        print("Withdrew \(summary.respondentCode): removed \(removed.joined(separator: ", ")).")
        if summary.sessionWithdrawn {
            print("Session \(summary.sessionID) is now 'withdrawn'; only its guide, site, group and day are kept.")
        } else {
            print("The FGD session \(summary.sessionID) keeps the group's other lines and notes.")
        }
        print("The database was rewritten: nothing of it is left in free pages or the WAL.")
    }

    private func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
