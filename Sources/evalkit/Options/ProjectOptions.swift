import ArgumentParser
import EvalKitInstruments

struct ProjectOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The project folder, holding Instruments/ and Consent/.", valueName: "dir"))
    var project: String = "."

    func layout() throws(ProjectNotFound) -> ProjectLayout {
        try ProjectLayout(directory: project)
    }
}
