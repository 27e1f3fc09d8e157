import EvalKitReport
import Testing

/// Every word the report writes of its own has a Vietnamese form, and numbers and dates are
/// written the way a Vietnamese reader writes them.
struct ReportLabelsTests {
    @Test func everyLabelHasAVietnameseForm() {
        let english = ReportLabels(language: "en")
        let vietnamese = ReportLabels(language: "vi")
        // Symbols and names that read the same in both languages.
        let same: Set<ReportLabels.Key> = [.cohensKappa, .fleissKappa, .krippendorffAlpha, .quoteFrom]
        let missing = ReportLabels.Key.allCases.filter { !same.contains($0) && english[$0] == vietnamese[$0] }
        #expect(missing.isEmpty, "\(missing)")
    }

    @Test func decimalsAndDatesFollowTheLanguage() {
        let vietnamese = ReportLabels(language: "vi")
        #expect(vietnamese.number(0.8512, places: 2) == "0,85")
        #expect(vietnamese.number(-0.25, places: 2) == "−0,25")
        #expect(vietnamese.date("2026-12-03") == "ngày 3 tháng 12 năm 2026")
        let english = ReportLabels(language: "en")
        #expect(english.number(85.25, places: 1) == "85.2" || english.number(85.25, places: 1) == "85.3")
        #expect(english.date("2026-12-03") == "2026-12-03")
    }
}
