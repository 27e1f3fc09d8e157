import EvalKitCoding
import EvalKitCore
import Foundation
import Testing

/// 300 codes over 100,000 answers and two coders: each code is its own reliability data
/// (applied, not applied, or not reviewed). A correctness smoke test, not a timing test: the time
/// is printed for the record (docs/agreement.md).
struct AgreementScaleTests {
    @Test func threeHundredCodesOverAHundredThousandAnswersGiveDefinedStatistics() {
        let answers = (0..<100_000).map { "a\($0)" }
        var generator = SeededGenerator(seed: 42)
        let started = ContinuousClock.now
        var computing = Duration.zero
        var alphas: [Double] = []
        for code in 0..<300 {
            var data = ReliabilityData(units: answers, coders: ["A", "B"], categories: ["absent", "present"])
            let rate = UInt64(code % 10 + 1)
            for answer in 0..<answers.count {
                let random = generator.next()
                // Coder A applies the code to about rate/20 of the answers; coder B follows A 90% of the time.
                let first = random % 20 < rate ? 1 : 0
                let second = (random >> 8) % 10 == 0 ? 1 - first : first
                // One answer in fifty was not reviewed by coder B.
                data.setCategory(first, unit: answer, coder: 0)
                data.setCategory((random >> 16) % 50 == 0 ? nil : second, unit: answer, coder: 1)
            }
            let computed = ContinuousClock.now
            let result = data.agreement()
            computing += ContinuousClock.now - computed
            guard let alpha = result.krippendorffAlpha, let kappa = result.cohensKappa,
                let fleiss = result.fleissKappa, let percent = result.percentAgreement
            else {
                Issue.record("code \(code): a statistic is undefined: \(result)")
                continue
            }
            #expect(result.units == 100_000)
            #expect(abs(percent - 0.9) < 0.01)
            // With two coders and no missing values alpha and Fleiss' kappa are close; all fall in (0, 1).
            #expect([alpha, kappa, fleiss].allSatisfy { $0 > 0 && $0 < 1 })
            alphas.append(alpha)
        }
        #expect(alphas.count == 300)
        print(
            "300 codes × 100,000 answers × 2 coders: \(computing) computing agreement, "
                + "\(ContinuousClock.now - started) with making the data")
    }
}
