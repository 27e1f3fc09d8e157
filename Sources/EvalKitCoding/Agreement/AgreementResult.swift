/// Agreement among coders on one variable: how many units and coders there were, and four
/// agreement statistics (see docs/agreement.md for how each is computed).
///
/// A statistic is `nil` where it is undefined (for instance, chance agreement is already
/// perfect because every coder gave every unit the same value) or does not apply (Cohen's kappa
/// with other than two coders). It is never NaN.
public struct AgreementResult: Sendable, Equatable, Encodable {
    /// Units in the data, whether or not enough coders rated them to count.
    public var units: Int
    /// Coders in the data.
    public var coders: Int
    /// Over units with two or more values: the share of pairs of coders who agree, averaged over
    /// those units.
    public var percentAgreement: Double?
    /// Cohen's kappa, for exactly two coders, over the units both rated.
    public var cohensKappa: Double?
    /// Fleiss' kappa, for two or more coders, over the units every coder rated.
    public var fleissKappa: Double?
    /// Krippendorff's alpha for nominal values, over the units with two or more values.
    public var krippendorffAlpha: Double?

    public init(
        units: Int, coders: Int, percentAgreement: Double?, cohensKappa: Double?, fleissKappa: Double?,
        krippendorffAlpha: Double?
    ) {
        self.units = units
        self.coders = coders
        self.percentAgreement = percentAgreement
        self.cohensKappa = cohensKappa
        self.fleissKappa = fleissKappa
        self.krippendorffAlpha = krippendorffAlpha
    }

    enum CodingKeys: String, CodingKey {
        case units, coders, percentAgreement, cohensKappa, fleissKappa, krippendorffAlpha
    }

    /// Encodes every key; an undefined statistic is `null`, not left out.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(units, forKey: .units)
        try container.encode(coders, forKey: .coders)
        try container.encode(percentAgreement, forKey: .percentAgreement)
        try container.encode(cohensKappa, forKey: .cohensKappa)
        try container.encode(fleissKappa, forKey: .fleissKappa)
        try container.encode(krippendorffAlpha, forKey: .krippendorffAlpha)
    }
}
