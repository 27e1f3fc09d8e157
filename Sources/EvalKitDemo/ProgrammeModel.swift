/// How a programme model tends to come across in what people say: per aspect, the chance
/// that a statement about it is favourable. The numbers are the demo's design, not findings.
struct ProgrammeModel: Sendable {
    var unit: String?
    var favourable: [Aspect: Double]
    /// How often an aspect comes up when a question allows several (default 1).
    var salience: [Aspect: Double] = [:]

    func chance(_ aspect: Aspect) -> Double { favourable[aspect] ?? 0.5 }

    func weight(_ aspect: Aspect) -> Double { salience[aspect] ?? 1 }

    /// Strong on shelter, health care, counselling and courses; weak on follow-up after
    /// leaving, long stays far from home, and acceptance on return.
    static let centre = ProgrammeModel(
        unit: "centre",
        favourable: [
            .shelter: 0.9, .health: 0.85, .counselling: 0.85, .training: 0.75, .legal: 0.65, .grants: 0.45,
            .peerSupport: 0.4, .followUp: 0.12, .acceptance: 0.75, .family: 0.65, .safety: 0.6, .livelihood: 0.3,
            .retrafficking: 0.6, .stay: 0.5, .respect: 0.9, .privacy: 0.8, .access: 0.5, .language: 0.65,
            .coordination: 0.65, .funding: 0.65, .data: 0.3, .policy: 0.65,
        ],
        salience: [.peerSupport: 0.4, .grants: 0.6, .stay: 1.3, .followUp: 1.3, .shelter: 1.2])

    /// Strong on acceptance, peer support and livelihoods close to home; little counselling
    /// or legal help, and more reliant on a donor-funded project.
    static let outreach = ProgrammeModel(
        unit: "outreach",
        favourable: [
            .shelter: 0.45, .health: 0.65, .counselling: 0.45, .training: 0.55, .legal: 0.45, .grants: 0.75,
            .peerSupport: 0.9, .followUp: 0.8, .acceptance: 0.8, .family: 0.7, .safety: 0.7, .livelihood: 0.55,
            .retrafficking: 0.75, .stay: 0.85, .respect: 0.9, .privacy: 0.75, .access: 0.8, .language: 0.8,
            .coordination: 0.4, .funding: 0.12, .data: 0.25, .policy: 0.55,
        ],
        salience: [.shelter: 0.3, .stay: 0.6, .peerSupport: 1.4, .grants: 1.3, .counselling: 0.8])

    /// The model a site's unit runs; a site with no unit (the capital) leans neither way.
    static func forUnit(_ unit: String?) -> ProgrammeModel {
        switch unit {
        case "centre": .centre
        case "outreach": .outreach
        default: ProgrammeModel(unit: unit, favourable: [:])
        }
    }
}
