import ArgumentParser
import EvalKitImport

/// What every command that makes sessions outside the runner asks: who the sessions are with,
/// and the attestation of verbal consent (transcripts, other tools' projects).
struct ImportedSessionOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The respondent group (when the guide is for several).", valueName: "group"))
    var respondentGroup: String?

    @Option(help: ArgumentHelp("The language of the texts: en or vi.", valueName: "lang"))
    var language: String = "en"

    @Option(help: ArgumentHelp("The interviewer's or moderator's code, such as IV-03.", valueName: "code"))
    var interviewer: String?

    @Option(help: ArgumentHelp("The code of the interviewer who heard and attests verbal consent.", valueName: "code"))
    var consentAttestedBy: String?

    @Option(help: ArgumentHelp("The day consent was given.", valueName: "YYYY-MM-DD"))
    var consentDate: String?

    /// The importer's options for `instrument` at `site`, with these.
    func options(instrument: String, site: String) -> TranscriptImporter.Options {
        var options = TranscriptImporter.Options(instrumentID: instrument, siteID: site)
        options.respondentGroup = respondentGroup
        options.language = language
        options.interviewerCode = interviewer
        options.consentAttestedBy = consentAttestedBy
        options.consentDate = consentDate
        return options
    }
}
