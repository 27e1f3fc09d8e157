import EvalKitCore
import EvalKitXML

/// Turns a schema-valid `<framework>` element into a `Framework` and checks that its ids
/// are unique and that sites, groups and the sampling plan refer to what it defines.
struct FrameworkDecoder {
    var reader = ElementReader()
    private var seen: [String: [String: SourceLocation]] = [:]

    mutating func decode(_ root: XMLElement) -> Framework {
        let criteria = root.children(named: "criterion").map { element in
            Framework.Criterion(
                id: unique("criterion", element), name: reader.text(element.child(named: "name") ?? element),
                evaluationQuestions: element.children(named: "evaluationQuestion").map {
                    Framework.EvaluationQuestion(id: unique("evaluation question", $0), text: reader.text($0))
                })
        }
        let units = root.children(named: "unit").map { element in
            Framework.Unit(
                id: unique("unit", element), name: reader.text(element.child(named: "name") ?? element),
                description: reader.optionalText(element, "description"))
        }
        let sites = root.children(named: "site").map { element in
            Framework.Site(
                id: unique("site", element), code: unique("site code", element, attribute: "code"),
                units: reader.list(element, "units"), name: reader.text(element.child(named: "name") ?? element))
        }
        let groups = root.children(named: "respondentGroup").map { element in
            Framework.RespondentGroup(
                id: unique("respondent group", element), code: unique("group code", element, attribute: "code"),
                parent: reader.string(element, "parent"), name: reader.text(element.child(named: "name") ?? element))
        }
        let targets = root.child(named: "samplingPlan")?.children(named: "target") ?? []
        let plan = targets.map { element in
            Framework.SamplingTarget(
                site: reader.string(element, "site") ?? "", group: reader.string(element, "group") ?? "",
                interviews: reader.int(element, "interviews") ?? 0, women: reader.int(element, "women"),
                men: reader.int(element, "men"), fgds: reader.int(element, "fgds") ?? 0,
                fgdParticipants: reader.int(element, "fgdParticipants") ?? 0)
        }
        checkReferences(root, units: units, sites: sites, groups: groups, targets: targets)
        return Framework(
            id: reader.string(root, "id") ?? "", version: reader.string(root, "version") ?? "",
            title: reader.text(root.child(named: "title") ?? root), criteria: criteria, units: units, sites: sites,
            respondentGroups: groups, samplingPlan: plan, file: root.location.file)
    }

    private mutating func unique(_ kind: String, _ element: XMLElement, attribute: String = "id") -> String {
        let value = reader.string(element, attribute) ?? ""
        let location = element.attribute(attribute)?.location ?? element.location
        if let first = seen[kind]?[value] {
            reader.error("\(kind) '\(value)' is defined twice (first at line \(first.line))", at: location)
        } else {
            seen[kind, default: [:]][value] = location
        }
        return value
    }

    private mutating func checkReferences(
        _ root: XMLElement, units: [Framework.Unit], sites: [Framework.Site], groups: [Framework.RespondentGroup],
        targets: [XMLElement]
    ) {
        let unitIDs = units.map(\.id)
        for (site, element) in zip(sites, root.children(named: "site")) {
            for unit in site.units where !unitIDs.contains(unit) {
                reader.error(
                    "site '\(site.id)' runs unknown unit '\(unit)'." + Suggestion.didYouMean(unit, among: unitIDs),
                    at: element.attribute("units")?.location ?? element.location)
            }
        }
        let groupIDs = groups.map(\.id)
        for (group, element) in zip(groups, root.children(named: "respondentGroup")) {
            guard let parent = group.parent else { continue }
            let location = element.attribute("parent")?.location ?? element.location
            if let parentGroup = groups.first(where: { $0.id == parent }) {
                if parentGroup.parent != nil {
                    reader.error(
                        "group '\(group.id)' is nested in '\(parent)', which is itself nested; groups nest one level only",
                        at: location)
                }
            } else {
                reader.error(
                    "group '\(group.id)' has unknown parent '\(parent)'."
                        + Suggestion.didYouMean(parent, among: groupIDs),
                    at: location)
            }
        }
        let siteIDs = sites.map(\.id)
        var planned: Set<String> = []
        for element in targets {
            let site = reader.string(element, "site") ?? ""
            let group = reader.string(element, "group") ?? ""
            if !siteIDs.contains(site) {
                reader.error(
                    "sampling target names unknown site '\(site)'." + Suggestion.didYouMean(site, among: siteIDs),
                    at: element.attribute("site")?.location ?? element.location)
            }
            if !groupIDs.contains(group) {
                reader.error(
                    "sampling target names unknown respondent group '\(group)'."
                        + Suggestion.didYouMean(group, among: groupIDs),
                    at: element.attribute("group")?.location ?? element.location)
            }
            if !planned.insert(site + "\u{0}" + group).inserted {
                reader.error(
                    "the sampling plan has two targets for site '\(site)' and group '\(group)'", at: element.location)
            }
            if let women = reader.int(element, "women"), let men = reader.int(element, "men"),
                women + men > (reader.int(element, "interviews") ?? 0)
            {
                reader.error(
                    "women (\(women)) and men (\(men)) add up to more than the interviews planned", at: element.location
                )
            }
        }
    }
}
