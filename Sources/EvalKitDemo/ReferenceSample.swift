public import EvalKitInstruments

/// The achieved fieldwork of the reference case (the report's participants table), as demo
/// sessions: 93 in-depth interviews and 6 FGDs of 10 in the three provinces. Ha Noi gets no
/// sessions: the provinces already make up the 93. The framework's sampling plan is left as
/// it is, so that the gap between plan and achievement shows.
public enum ReferenceSample {
    /// What one province achieved.
    struct Quota {
        var site: String
        /// Interviews per government subgroup.
        var government: [(group: String, count: Int)]
        var serviceProviders: Int
        var survivorWomen: Int
        var survivorMen: Int
        var family: Int
        /// Group, participants, women among them, and the interviewer's note.
        var groups: [(group: String, participants: Int, women: Int, note: String?)]
        var interviewers: [String]
    }

    static let mixedNote = "Mixed group: survivors and family members took part together."

    static let quotas: [Quota] = [
        Quota(
            site: "lao-cai",
            government: [("social-affairs", 4), ("peoples-committee", 5), ("other-government", 6)],
            serviceProviders: 2, survivorWomen: 9, survivorMen: 3, family: 4,
            groups: [
                ("government", 10, 4, "Border guards, police and social workers."), ("survivor", 10, 8, mixedNote),
            ],
            interviewers: ["IV-01", "IV-02"]),
        Quota(
            site: "bac-giang",
            government: [("social-affairs", 5), ("peoples-committee", 4), ("other-government", 6)],
            serviceProviders: 0, survivorWomen: 10, survivorMen: 1, family: 4,
            groups: [("government", 10, 5, nil), ("survivor", 10, 9, nil)],
            interviewers: ["IV-03", "IV-04"]),
        Quota(
            site: "an-giang",
            government: [("social-affairs", 5), ("peoples-committee", 5), ("other-government", 7)],
            serviceProviders: 2, survivorWomen: 6, survivorMen: 2, family: 3,
            groups: [("government", 10, 4, nil), ("survivor", 10, 7, mixedNote)],
            interviewers: ["IV-05", "IV-06"]),
    ]

    /// The sessions, in the order they are run.
    /// - Throws: `DemoError.projectLacks` when the project has no framework, or lacks a site,
    ///   group or guide of the reference case.
    public static func sessions(for project: Project) throws(DemoError) -> [DemoSessionSpec] {
        guard let framework = project.framework else { throw .projectLacks("a framework in Instruments/.") }
        var sessions: [DemoSessionSpec] = []
        for quota in quotas {
            guard let site = framework.site(quota.site) else { throw .projectLacks("the site '\(quota.site)'.") }
            var interviewer = 0
            func add(_ instrument: String, _ group: String, participants: Int = 1, women: Int?, note: String? = nil) {
                let number = sessions.filter { $0.siteID == site.id && $0.respondentGroup == group }.count + 1
                sessions.append(
                    DemoSessionSpec(
                        siteID: site.id, instrumentID: instrument, respondentGroup: group, participants: participants,
                        women: women, isGroup: participants > 1 || instrument == "fgd",
                        interviewerCode: quota.interviewers[interviewer % quota.interviewers.count],
                        label: "\(site.id)/\(group)/\(instrument)/\(number)", note: note))
                interviewer += 1
            }
            let survivorGuide = try guide(for: "survivor", unit: site.units.first, in: project)
            let family = try guide(for: "family", unit: nil, in: project)
            for (group, count) in quota.government {
                let guide = try guide(for: group, unit: nil, in: project, framework: framework)
                for _ in 0..<count { add(guide, group, women: nil) }
            }
            if quota.serviceProviders > 0 {
                let staff = try guide(for: "centre-staff", unit: site.units.first, in: project)
                for _ in 0..<quota.serviceProviders { add(staff, "centre-staff", women: nil) }
            }
            // Women and men alternate as they would across the fieldwork days.
            let survivors = quota.survivorWomen + quota.survivorMen
            let menAt = Set((0..<quota.survivorMen).map { ($0 * survivors) / max(quota.survivorMen, 1) + 1 })
            for index in 0..<survivors { add(survivorGuide, "survivor", women: menAt.contains(index) ? 0 : 1) }
            for _ in 0..<quota.family { add(family, "family", women: nil) }
            for entry in quota.groups {
                let fgd = try guide(for: entry.group, unit: nil, in: project, framework: framework, group: true)
                add(fgd, entry.group, participants: entry.participants, women: entry.women, note: entry.note)
            }
        }
        return sessions
    }

    /// The guide for a group (and unit, where guides are per unit): an interview guide, or
    /// with `group` the FGD guide.
    private static func guide(
        for respondentGroup: String, unit: String?, in project: Project, framework: Framework? = nil,
        group: Bool = false
    ) throws(DemoError) -> String {
        let match = project.instruments.first { instrument in
            (instrument.kind == .fgd) == group
                && instrument.respondentGroups.contains {
                    $0 == respondentGroup || framework?.group(respondentGroup, isWithin: $0) == true
                }
                && (instrument.unit == nil || instrument.unit == unit)
        }
        guard let match else {
            let kind = group ? "an FGD guide" : "an interview guide"
            throw .projectLacks("\(kind) for the group '\(respondentGroup)'\(unit.map { " at unit '\($0)'" } ?? "").")
        }
        return match.id
    }
}
