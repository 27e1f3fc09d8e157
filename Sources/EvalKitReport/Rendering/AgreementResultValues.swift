import EvalKitCoding

/// An agreement result's statistics by their XML attribute names, undefined ones as nil.
struct AgreementResultValues {
    let units: Int
    let values: [(String, Double?)]

    init(_ result: AgreementResult) {
        units = result.units
        values = [
            ("percentAgreement", result.percentAgreement), ("cohensKappa", result.cohensKappa),
            ("fleissKappa", result.fleissKappa), ("krippendorffAlpha", result.krippendorffAlpha),
        ]
    }
}
