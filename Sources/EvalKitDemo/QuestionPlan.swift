import EvalKitInstruments

/// What an answer to one open question talks about: neutral topics and judged aspects.
struct QuestionPlan: Sendable {
    var topics: [String] = []
    var aspects: [Aspect] = []

    init(_ topics: [String] = [], _ aspects: [Aspect] = []) {
        self.topics = topics
        self.aspects = aspects
    }

    /// The plan for a question of a guide: the reference guides' own, else one derived from
    /// the evaluation questions the question gathers evidence for.
    static func plan(for question: Question, in instrument: Instrument) -> QuestionPlan {
        let table: [String: QuestionPlan]
        if instrument.kind == .fgd {
            table = fgd
        } else if instrument.respondentGroups.contains("survivor") {
            table = survivor
        } else if instrument.respondentGroups.contains("family") {
            table = family
        } else if instrument.respondentGroups.contains("centre-staff") {
            table = centreStaff
        } else {
            table = government
        }
        return table[question.id] ?? derived(from: question.evaluationQuestions)
    }

    static func derived(from links: [String]) -> QuestionPlan {
        var aspects: [Aspect] = []
        for link in links {
            switch link {
            case "E5": aspects += [.coordination]
            case "S1": aspects += [.funding]
            case "S2": aspects += [.followUp, .acceptance]
            case "E7", "R5": aspects += [.shelter, .health, .counselling]
            case "E3": aspects += [.acceptance, .family]
            case "E2": aspects += [.livelihood]
            default: break
            }
        }
        return QuestionPlan(links.contains("R3") ? ["causes"] : [], aspects)
    }

    static let survivor: [String: QuestionPlan] = [
        "before.source": QuestionPlan(["awareness"]),
        "before.cause": QuestionPlan(["causes"]),
        "leaving.realised": QuestionPlan(["realisation"]),
        "leaving.recruited": QuestionPlan(["recruitment"]),
        "leaving.journey": QuestionPlan(["journey"]),
        "leaving.promised": QuestionPlan(["promised-work"]),
        "leaving.destination": QuestionPlan(["destination"]),
        "leaving.border-timing": QuestionPlan(["realisation"]),
        "away.debt-effect": QuestionPlan(["debt"]),
        "return.exit": QuestionPlan(["exit"]),
        "return.home-why": QuestionPlan([], [.family, .acceptance]),
        "return.safe": QuestionPlan([], [.safety]),
        "return.most-helpful": QuestionPlan([], [.shelter, .counselling, .family, .peerSupport, .grants]),
        "return.family": QuestionPlan([], [.family]),
        "return.children": QuestionPlan([], [.family, .stay]),
        "services.heard": QuestionPlan(["heard-services"], [.access]),
        "services.heard-group": QuestionPlan(["heard-services"], [.peerSupport]),
        "services.reached": QuestionPlan([], [.access, .stay]),
        "services.fit": QuestionPlan([], [.shelter, .health, .counselling, .training, .grants, .peerSupport]),
        "services.missing": QuestionPlan([], [.followUp, .counselling, .legal, .livelihood, .shelter]),
        "services.respect": QuestionPlan([], [.respect, .privacy]),
        "services.gender-needs": QuestionPlan(["gender-needs"]),
        "services.barriers": QuestionPlan([], [.access, .language, .privacy]),
        "services.changes": QuestionPlan(["changes"], [.followUp]),
        "group.experience": QuestionPlan([], [.peerSupport, .acceptance]),
        "group.future": QuestionPlan([], [.funding]),
        "group.improve": QuestionPlan(["changes"]),
        "group.not-joined": QuestionPlan([], [.access, .peerSupport]),
        "work.kind": QuestionPlan(["current-work"]),
        "work.job-help": QuestionPlan([], [.training, .grants, .livelihood]),
        "work.fit": QuestionPlan([], [.livelihood, .training]),
        "now.hardest": QuestionPlan([], [.livelihood, .acceptance, .safety]),
        "now.belonging": QuestionPlan([], [.acceptance]),
        "now.helpers": QuestionPlan([], [.family, .peerSupport, .followUp]),
        "now.challenges": QuestionPlan([], [.livelihood, .acceptance, .followUp]),
        "now.safe": QuestionPlan([], [.safety, .retrafficking]),
        "now.wellbeing": QuestionPlan(["wellbeing"], [.counselling]),
        "ahead.migrate-plan": QuestionPlan(["migration-plans"]),
        "ahead.offer": QuestionPlan(["offer"], [.retrafficking]),
        "ahead.risk": QuestionPlan([], [.retrafficking]),
        "ahead.anything-else": QuestionPlan(["nothing"]),
    ]

    static let family: [String: QuestionPlan] = [
        "child.which": QuestionPlan(["child-which"]),
        "child.when": QuestionPlan(["child-when"]),
        "away.heard-where": QuestionPlan(["awareness"]),
        "away.destination": QuestionPlan(["destination"]),
        "away.reasons": QuestionPlan(["reasons"]),
        "away.expected-place": QuestionPlan(["expected-place"]),
        "away.expected-work": QuestionPlan(["expected-work"]),
        "away.contact-how": QuestionPlan(["contact-how"]),
        "away.no-contact": QuestionPlan(["no-contact"]),
        "return.attitude": QuestionPlan([], [.acceptance, .privacy]),
        "return.settling": QuestionPlan([], [.family, .livelihood, .acceptance]),
        "support.helped-how": QuestionPlan([], [.shelter, .counselling, .training, .grants, .followUp, .health]),
        "support.missing": QuestionPlan([], [.followUp, .counselling, .legal, .livelihood]),
        "future.leave-again-why": QuestionPlan(["leave-again"], [.livelihood]),
        "future.prevention": QuestionPlan(["prevention"]),
        "future.anything-else": QuestionPlan(["nothing"]),
    ]

    static let government: [String: QuestionPlan] = [
        "measures.current": QuestionPlan(["measures"], [.policy]),
        "measures.coordination": QuestionPlan([], [.coordination]),
        "measures.data": QuestionPlan(["data-topic"], [.data]),
        "measures.data-use": QuestionPlan([], [.data, .coordination]),
        "measures.data-not-shared": QuestionPlan([], [.data, .coordination]),
        "needs.prevention": QuestionPlan(["prevention"]),
        "needs.reintegration": QuestionPlan([], [.followUp, .livelihood, .counselling, .legal]),
        "needs.other-provinces-how": QuestionPlan([], [.coordination, .funding]),
        "needs.other-provinces-none": QuestionPlan([], [.coordination, .shelter]),
        "needs.funding": QuestionPlan([], [.funding]),
        "approach.networking": QuestionPlan(["referral"], [.coordination]),
        "approach.family": QuestionPlan(["approach-family"], [.privacy]),
        "approach.survivor": QuestionPlan(["approach-survivor"], [.privacy, .respect]),
        "opportunity.school": QuestionPlan([], [.access, .acceptance]),
        "opportunity.training": QuestionPlan([], [.training, .livelihood]),
        "opportunity.staff-training": QuestionPlan(["staff-training"]),
        "opportunity.job-barriers": QuestionPlan([], [.livelihood, .acceptance, .access]),
        "situation.numbers": QuestionPlan(["numbers"], [.data]),
        "situation.hotspots": QuestionPlan(["hotspots"]),
        "situation.reasons": QuestionPlan(["causes"]),
        "situation.offer-practice": QuestionPlan(
            [], [.legal, .grants, .health, .counselling, .training, .peerSupport]),
        "closing.difficulties": QuestionPlan([], [.funding, .coordination, .followUp, .access, .language]),
        "closing.advantages": QuestionPlan([], [.coordination, .acceptance, .peerSupport, .policy, .funding]),
        "closing.recommendations": QuestionPlan(["lessons"], [.followUp, .funding]),
        "closing.anything-else": QuestionPlan(["nothing"]),
    ]

    static let centreStaff: [String: QuestionPlan] = [
        "admission.who": QuestionPlan(["admission-who"]),
        "admission.how": QuestionPlan(["referral"]),
        "admission.processes": QuestionPlan(["processes"]),
        "admission.scope-difference": QuestionPlan(["scope-difference"]),
        "residents.men-support": QuestionPlan(["gender-needs"]),
        "residents.men-none": QuestionPlan(["gender-needs"]),
        "residents.provinces": QuestionPlan(["provinces"]),
        "residents.retrafficked-how": QuestionPlan([], [.retrafficking]),
        "residents.same-community": QuestionPlan(["same-community"]),
        "stay.intake": QuestionPlan(["processes"], [.respect, .privacy]),
        "stay.urgent-needs": QuestionPlan(["urgent-needs"], [.health, .shelter]),
        "stay.urgent-gaps": QuestionPlan([], [.legal, .counselling, .health]),
        "stay.length": QuestionPlan([], [.stay]),
        "network.partners": QuestionPlan(["partners"], [.coordination]),
        "network.referral": QuestionPlan(["referral"], [.coordination]),
        "network.provider-selection": QuestionPlan(["provider-selection"]),
        "leaving.return": QuestionPlan(["return-process"], [.coordination]),
        "leaving.follow-up-how": QuestionPlan([], [.followUp]),
        "leaving.follow-up-barriers": QuestionPlan([], [.followUp, .funding]),
        "leaving.long-term-needs": QuestionPlan([], [.livelihood, .acceptance, .followUp]),
        "leaving.obstacles": QuestionPlan([], [.funding, .legal, .coordination]),
        "leaving.after": QuestionPlan([], [.acceptance, .livelihood, .followUp]),
        "data.records": QuestionPlan(["data-topic"], [.data, .privacy]),
        "data.use": QuestionPlan([], [.data]),
        "data.people-profile": QuestionPlan(["people-profile"]),
        "context.root-causes": QuestionPlan(["causes"]),
        "context.routes": QuestionPlan(["routes"]),
        "context.traffickers": QuestionPlan(["traffickers"]),
        "context.prevention": QuestionPlan(["prevention"]),
        "context.sale": QuestionPlan(["sale"]),
        "context.attitudes": QuestionPlan([], [.acceptance]),
        "closing.lessons": QuestionPlan(["lessons"], [.followUp, .stay]),
        "closing.anything-else": QuestionPlan(["nothing"]),
    ]

    static let fgd: [String: QuestionPlan] = [
        "opening.life": QuestionPlan(["life"]),
        "trafficking.heard": QuestionPlan(["awareness"]),
        "trafficking.meaning": QuestionPlan(["meaning"]),
        "trafficking.causes": QuestionPlan(["causes"]),
        "trafficking.vulnerability": QuestionPlan(["hotspots", "gender-needs"]),
        "trafficking.knows": QuestionPlan(["knows"], [.retrafficking]),
        "migration.leaving": QuestionPlan(["outmigration"]),
        "migration.returnees": QuestionPlan([], [.acceptance, .family]),
        "migration.abroad": QuestionPlan(["abroad"]),
        "help.health": QuestionPlan(["health-topic"], [.health, .counselling]),
        "help.organisations": QuestionPlan(["organisations"], [.coordination, .peerSupport]),
        "help.needed": QuestionPlan([], [.followUp, .livelihood, .counselling, .legal]),
        "help.skills": QuestionPlan(["skills"], [.training]),
        "closing.anything-else": QuestionPlan(["nothing"]),
    ]
}
