/// The topics the product brief lists for each reference-case instrument, as topic keys.
/// `ReferenceInstrumentTests` fails when a guide has no question tagged with one of them,
/// so a guide cannot silently drop a topic the assessment depends on.
enum BriefTopicChecklist {
    static let survivorShared: [String] = [
        "prior-knowledge", "perceived-cause", "realisation", "recruitment", "journey", "promised-work",
        "destination-border", "other-victims", "forced-work", "debt", "exit", "return-home",
        "safety-on-return", "most-helpful-on-return", "family-relations", "service-access",
        "services-received", "services-fit", "services-missing", "staff-respect", "help-needed",
        "service-barriers", "suggested-changes", "current-work", "job-help", "work-fit",
        "reasons-not-working", "difficulties-since-return", "belonging", "wanted-return-place",
        "reintegration-helpers", "reintegration-challenges", "safety-now", "wellbeing",
        "migration-plans", "well-paid-offer", "retrafficking-risk",
    ]

    static let topicsByInstrument: [String: [String]] = [
        "survivor-centre": survivorShared + ["centre-before-home"],
        "survivor-outreach": survivorShared + ["self-help-group"],
        "family-member": [
            "affected-child", "prior-knowledge", "destination", "reasons-for-leaving", "expected-destination",
            "expected-work", "contact-while-away", "community-attitude", "child-reintegration",
            "support-received", "support-helpful", "services-missing", "migration-plans", "prevention",
        ],
        "community-member": [
            "women-leaving", "reasons-for-leaving", "work-abroad", "returnee-views", "heard-of-trafficking",
            "local-problem", "prevention", "stigma", "knows-victim", "knows-returnee", "known-services",
            "support-needed", "local-livelihoods", "skills-needed",
        ],
        "centre-staff": [
            "admission", "key-processes", "internal-vs-cross-border", "caseload", "men-supported",
            "resident-profile", "retrafficking", "same-community", "intake", "urgent-needs", "length-of-stay",
            "networking", "referral", "provider-selection", "return-process", "follow-up", "long-term-needs",
            "obstacles", "after-leaving", "data-use", "people-profile", "root-causes", "origins-routes",
            "traffickers", "prevention", "sale-circumstances", "attitudes", "occupations", "anything-else",
        ],
        "government": [
            "measures", "coordination", "data-use", "prevention-needed", "reintegration-needed",
            "other-provinces", "funding", "networking", "approach-family", "approach-survivor",
            "school-access", "training", "job-barriers", "local-situation", "reintegration-offer",
            "difficulties-advantages",
        ],
        "ngo-un": [
            "root-causes", "sale-circumstances", "traffickers", "origins-routes", "occupations",
            "meeting-needs", "mandate-funding", "definition", "internal-vs-cross-border", "work-beginnings",
            "programme-response", "coverage-partners", "trends", "urgent-needs", "long-term-needs",
            "obstacles", "after-services", "data-use", "people-profile",
        ],
        "fgd": [
            "heard-of-trafficking", "meaning", "perceived-cause", "vulnerability", "knows-victim",
            "outmigration", "returnee-views", "situation-abroad", "health-problems",
            "helping-organisations", "help-needed", "skills-needed",
        ],
    ]

    /// Profile fields the brief lists, by field id.
    static let profileFieldsByInstrument: [String: [String]] = [
        "survivor-centre": survivorProfile,
        "survivor-outreach": survivorProfile,
        "family-member": [
            "relationship", "age", "sex", "education", "ethnicity", "children", "children-schooling",
            "income-source", "economic-difficulties",
        ],
        "community-member": ["age", "sex", "ethnicity"],
        "centre-staff": ["position", "age", "sex", "ethnicity"],
        "government": ["department", "position"],
    ]

    static let survivorProfile = [
        "age", "sex", "ethnicity", "birthplace", "living-arrangement", "education", "civil-status",
        "children", "children-whereabouts",
    ]
}
