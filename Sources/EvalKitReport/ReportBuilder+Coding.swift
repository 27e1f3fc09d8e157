import EvalKitCoding
import EvalKitInstruments
import EvalKitStore

extension ReportBuilder {
    /// The coders the rubric reads; or else the people who coded, when two or more did; or
    /// else every coder, the auto-coder included (how far an analyst agrees with the rules
    /// is worth reporting too). Statistics only with two or more.
    func agreementSummary(_ store: ProjectStore) throws -> AgreementSummary {
        var coders = rubric.reconciliation.coders
        if coders.isEmpty {
            let all = try store.coders()
            let people = all.filter { $0 != AutoCodingRun.coder }
            coders = people.count >= 2 ? people : all
        }
        guard coders.count >= 2 else { return AgreementSummary(coders: coders, overall: nil, codes: []) }
        let agreement = try ProjectAgreement.compute(store: store, coders: coders)
        return AgreementSummary(
            coders: coders, overall: agreement.overall,
            codes: agreement.codes.map {
                AgreementSummary.CodeRow(
                    code: $0.code, name: codeName($0.code), answersCoded: $0.answersCoded, agreement: $0.agreement)
            })
    }

    /// Respondents per code over the whole project, streamed; small counts hidden.
    func codeFrequencies(_ store: ProjectStore) throws -> [CodeFrequency] {
        let table = try CodeFrequencyTable.make(store: store, by: .unit, coder: nil)
        let minimum = rubric.minimumCellSize
        return codebook.allCodes.compactMap { entry in
            let respondents = table.total(code: entry.code.id).respondents
            guard respondents > 0 else { return nil }
            return CodeFrequency(
                code: entry.code.id, name: text(entry.code.name), depth: entry.depth,
                respondents: respondents < minimum ? nil : respondents)
        }
    }

    func codeName(_ id: String) -> String { codebook.code(id).map { text($0.name) } ?? id }

    func annexes() -> Annexes {
        Annexes(
            guides: project.instruments.map {
                Annexes.Guide(
                    id: $0.id, title: text($0.title),
                    outline: InstrumentOutline($0, language: language, width: 100).render())
            },
            consentScripts: project.consentScripts.map { script in
                Annexes.Consent(
                    id: script.id, title: text(script.title), paragraphs: script.paragraphs.map { text($0.text) },
                    question: text(script.question), attestation: text(script.attestation),
                    guardianAge: script.guardian.minorBelow, guardianQuestion: text(script.guardian.question))
            },
            codebook: codebook.allCodes.map { entry in
                Annexes.CodeEntry(
                    id: entry.code.id, name: text(entry.code.name), depth: entry.depth,
                    valence: entry.code.valence.rawValue, use: text(entry.code.use),
                    doNotUse: entry.code.doNotUse.map(text))
            })
    }
}
