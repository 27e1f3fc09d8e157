public import EvalKitInstruments

extension TranscriptImporter {
    /// An importer for sources that name their own site (a case variable of another tool): the
    /// options are checked now at the first site of the framework where the guide can be used,
    /// and each source is planned again at its own site (`replanned`).
    /// - Throws: the error of the last site tried, or `TranscriptError.usage` when the
    ///   framework has no sites.
    public static func atFirstUsableSite(project: Project, options: Options) throws(TranscriptError)
        -> TranscriptImporter
    {
        var lastError: TranscriptError?
        for site in project.framework?.sites ?? [] {
            var candidate = options
            candidate.siteID = site.id
            do {
                return try TranscriptImporter(project: project, options: candidate)
            } catch {
                lastError = error
            }
        }
        throw lastError ?? .usage("the project has no sites in its framework.")
    }
}
