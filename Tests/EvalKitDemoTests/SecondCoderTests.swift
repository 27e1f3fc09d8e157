import EvalKitCoding
import EvalKitDemo
import EvalKitStore
import Testing

struct SecondCoderTests {
    let built: DemoFixture.Built

    init() throws {
        built = try DemoFixture.built.get()
    }

    @Test func theAnalystReviewsAboutAThirdOfTheAnswers() throws {
        let share = Double(built.secondCoder.reviewed) / Double(try built.store.answeredCount())
        #expect((0.27...0.33).contains(share))
    }

    @Test func agreementWithTheRulesIsHighButNotPerfect() throws {
        var both = 0
        var same = 0
        try built.store.forEachReviewedAnswer(coders: [AutoCodingRun.coder, SimulatedCoder.defaultCoder]) { answer in
            guard let rules = answer.codesByCoder[AutoCodingRun.coder],
                let analyst = answer.codesByCoder[SimulatedCoder.defaultCoder]
            else { return }
            both += 1
            if rules == analyst { same += 1 }
        }
        #expect(both == built.secondCoder.reviewed)
        let agreement = Double(same) / Double(both)
        #expect((0.8...0.97).contains(agreement), "\(agreement)")
        #expect(built.secondCoder.dropped > 0 && built.secondCoder.added > 0)
    }
}
