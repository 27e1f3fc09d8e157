/// The publisher's outline: the chapters in order, with their numbered titles. Annexes follow.
enum ReportOutline {
    static let ids = [
        "summary", "introduction", "background", "design", "models", "methodology", "results", "recommendations",
    ]

    static func chapters(_ labels: ReportLabels) -> [(id: String, title: String)] {
        let keys: [ReportLabels.Key] = [
            .summary, .introduction, .background, .design, .models, .methodology, .results, .recommendations,
        ]
        return zip(ids, keys).map { ($0, labels[$1]) }
    }
}
