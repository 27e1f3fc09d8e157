extension ReliabilityData {
    /// Percent agreement, Cohen's kappa, Fleiss' kappa and Krippendorff's alpha (nominal),
    /// computed in one pass over the units: time grows with units × coders.
    ///
    /// Missing values are not an error: each statistic uses the units it can (see
    /// `AgreementResult`), and is `nil` when it is undefined or does not apply.
    public func agreement() -> AgreementResult {
        let tally = AgreementTally(self)
        return AgreementResult(
            units: units.count, coders: coders.count, percentAgreement: tally.percentAgreement,
            cohensKappa: tally.cohensKappa, fleissKappa: tally.fleissKappa, krippendorffAlpha: tally.krippendorffAlpha)
    }
}
