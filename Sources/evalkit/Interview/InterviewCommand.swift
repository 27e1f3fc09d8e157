import ArgumentParser

struct InterviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "interview",
        abstract: "Run interviews and FGDs: consent first, every answer saved as it is given.",
        discussion: """
            At every prompt you can type a command that starts with a colon: :skip (declined), \
            :na (not applicable), :back, :note TEXT, :pause, :stop (the respondent ends it), \
            :distress (pause and show referral contacts), :help. A free-text answer ends with an \
            empty line. See docs/interviewer-guide.md.
            """,
        subcommands: [StartCommand.self, ResumeCommand.self, ListSessionsCommand.self, ShowSessionCommand.self]
    )
}
