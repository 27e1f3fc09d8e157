import EvalKitCore
import EvalKitInstruments

/// Profile values for invented respondents: ages, sex, ethnic groups that match each
/// province, schooling and the like. Values are stored values (option values, numbers, text);
/// nil leaves an optional field out.
struct PersonaGenerator {
    var siteID: String
    var respondentGroup: String
    var isGroup: Bool

    /// Ethnic groups by province, for people from the communes and for officials.
    static let ethnicity: [String: (community: [(String, Double)], officials: [(String, Double)])] = [
        "lao-cai": (
            [("hmong", 0.35), ("dao", 0.2), ("tay", 0.15), ("kinh", 0.2), ("giay", 0.1)],
            [("kinh", 0.7), ("tay", 0.15), ("hmong", 0.1), ("dao", 0.05)]
        ),
        "bac-giang": ([("kinh", 0.7), ("nung", 0.15), ("tay", 0.15)], [("kinh", 0.85), ("tay", 0.1), ("nung", 0.05)]),
        "an-giang": ([("kinh", 0.6), ("khmer", 0.3), ("hoa", 0.1)], [("kinh", 0.8), ("khmer", 0.15), ("hoa", 0.05)]),
    ]

    var isOfficial: Bool { ["government", "centre-staff"].contains(respondentGroup) || isWorkerGroup }
    private var isWorkerGroup: Bool {
        ["social-affairs", "peoples-committee", "other-government", "implementer"].contains(respondentGroup)
    }

    /// One respondent's profile, field by field.
    func profile(
        fields: [ProfileField], female: Bool, using random: inout SeededGenerator
    ) -> [String: String?] {
        var values: [String: String?] = [:]
        for field in fields {
            values[field.id] = value(field, female: female, earlier: values, using: &random)
        }
        return values
    }

    private func value(
        _ field: ProfileField, female: Bool, earlier: [String: String?], using random: inout SeededGenerator
    ) -> String? {
        switch field.id {
        case "age": return String(clamp(age(using: &random), field))
        case "sex": return female ? "female" : "male"
        case "ethnicity":
            let table = Self.ethnicity[siteID].map { isOfficial ? $0.officials : $0.community } ?? [("kinh", 1)]
            return random.weighted(table) ?? "kinh"
        case "residence": return random.chance(isOfficial ? 0.45 : 0.85) ? "rural" : "urban"
        case "birthplace": return random.pick(Self.birthplaces)
        case "living-arrangement":
            return random.weighted([("family", 0.6), ("spouse", 0.2), ("alone", 0.1), ("other", 0.1)])
        case "education":
            if isOfficial {
                return random.weighted([("upper-secondary", 0.2), ("vocational", 0.2), ("higher", 0.6)])
            }
            return random.weighted([
                ("none", 0.15), ("primary", 0.35), ("lower-secondary", 0.32), ("upper-secondary", 0.12),
                ("vocational", 0.06),
            ])
        case "civil-status":
            return random.weighted([
                ("single", 0.45), ("married", 0.3), ("divorced", 0.1), ("separated", 0.1), ("widowed", 0.05),
            ])
        case "children":
            if respondentGroup == "family" { return String(Int.random(in: 1...6, using: &random)) }
            let partnered = (earlier["civil-status"] ?? nil).map { $0 != "single" } ?? false
            return String(partnered ? Int.random(in: 1...3, using: &random) : (random.chance(0.15) ? 1 : 0))
        case "children-whereabouts":
            guard let children = earlier["children"] ?? nil, children != "0", random.chance(0.6) else { return nil }
            return random.pick(Self.whereabouts)
        case "relationship":
            return random.weighted([
                ("parent", 0.6), ("spouse", 0.15), ("sibling", 0.15), ("grandparent", 0.05), ("other-relative", 0.05),
            ])
        case "children-schooling": return random.chance(0.6) ? random.pick(Self.schooling) : nil
        case "income-source": return random.pick(Self.income)
        case "economic-difficulties": return random.chance(0.7) ? random.pick(Self.difficulties) : nil
        case "department": return random.pick(Self.departments[respondentGroup] ?? Self.departments["government"]!)
        case "position":
            let list = respondentGroup == "centre-staff" ? Self.staffPositions : Self.officialPositions
            return random.pick(list)
        default: return fallback(field, using: &random)
        }
    }

    private func age(using random: inout SeededGenerator) -> Int {
        switch respondentGroup {
        // A few survivors are 16 or 17: their sessions need a guardian's consent.
        case "survivor":
            return isGroup
                ? Int.random(in: 18...40, using: &random)
                : (random.chance(0.07)
                    ? Int.random(in: 16...17, using: &random) : Int.random(in: 18...34, using: &random))
        case "family": return Int.random(in: 34...70, using: &random)
        default: return Int.random(in: 26...56, using: &random)
        }
    }

    private func clamp(_ age: Int, _ field: ProfileField) -> Int {
        guard case .integer(let low, let high) = field.kind else { return age }
        return min(max(age, low ?? age), high ?? age)
    }

    /// For fields of other guides: a valid value of the field's kind.
    private func fallback(_ field: ProfileField, using random: inout SeededGenerator) -> String? {
        switch field.kind {
        case .integer(let low, let high):
            let lower = low ?? 0
            return String(Int.random(in: lower...max(lower, min(high ?? lower + 10, lower + 10)), using: &random))
        case .singleChoice(let options): return random.pick(options).value
        case .multipleChoice(let options): return random.pick(options).value
        case .text: return field.required ? "Not stated" : nil
        }
    }

    static let birthplaces = [
        "A commune in a border district of this province", "A village in the hills, in this province",
        "The provincial town", "A commune in the lowlands of this province", "A neighbouring province",
        "A hamlet two hours from the district town",
    ]
    static let whereabouts = [
        "With me at home.", "With my parents in the village.", "One with me, one with my husband's family.",
        "Across the border with their father.",
    ]
    static let schooling = [
        "Two in primary school; the eldest left school at fourteen to help on the farm.",
        "All went to lower secondary school; one is still studying.",
        "The youngest stopped school because we could not pay the fees.", "The children are still small.",
    ]
    static let income = [
        "Rice and maize farming", "Day labour on other people's fields", "A small shop at home",
        "Raising pigs and chickens", "Seasonal work in the industrial zone", "Fishing and selling at the market",
    ]
    static let difficulties = [
        "Debts from a bad harvest", "Not enough land for the family", "Illness in the family costs a lot",
        "Prices keep rising while income does not",
    ]
    static let departments: [String: [String]] = [
        "social-affairs": [
            "Provincial department of labour and social affairs", "District office of labour and social affairs",
            "Social protection centre under social affairs",
        ],
        "peoples-committee": [
            "Provincial People's Committee", "District People's Committee", "Commune People's Committee",
        ],
        "other-government": [
            "Provincial police", "Border guard command", "Women's Union", "Department of justice",
            "Department of health",
            "Youth Union", "Department of education",
        ],
        "government": ["Provincial administration"],
    ]
    static let officialPositions = [
        "Deputy director", "Head of division", "Officer", "Vice-chairperson", "Specialist", "Social worker",
    ]
    static let staffPositions = ["Social worker", "Counsellor", "Deputy director", "Nurse", "Vocational trainer"]
}
