public import EvalKitInstruments
public import EvalKitStore

extension SessionProgress {
    /// Reads back what a session holds, for `resume`.
    /// - Returns: the progress, and the ids of the FGD contributions in order (for `:back`).
    public static func load(
        _ session: SessionRecord, instrument: Instrument, from store: ProjectStore
    ) throws(StoreError) -> (progress: SessionProgress, contributionIDs: [Int64]) {
        let respondents = try store.respondents(sessionID: session.id)
        var profile: [String: [String: String]] = [:]
        for respondent in respondents {
            profile[respondent.code] = try store.profileValues(respondentCode: respondent.code)
        }
        let answers = try store.answers(sessionID: session.id)
        let contributionIDs =
            session.method == .fgd
            ? answers.filter { $0.status == .answered && instrument.question($0.questionID)?.answer == .text }
                .compactMap(\.id)
            : []
        let progress = SessionProgress(
            guardianConsented: session.guardianConsentAt != nil, respondents: respondents, profile: profile,
            answers: answers)
        return (progress, contributionIDs)
    }
}
