import EvalKitCore
import EvalKitInstruments
import EvalKitTestSupport
import Foundation
import Testing

/// Numbers beyond any sensible range, and ids used twice, are errors with their place; they
/// were read as 1 (or accepted) before.
struct HostileNumberTests {
    /// The reference file `name` (a repository path) with `old` replaced by `new`, loaded alone.
    private func load(_ name: String, replacing old: String, with new: String) throws -> [String] {
        let folder = try TemporaryDirectory()
        let text = try String(contentsOfFile: Repository.path(name), encoding: .utf8)
        #expect(text.contains(old))
        let path = try folder.write(
            text.replacingOccurrences(of: old, with: new), to: (name as NSString).lastPathComponent)
        return ProjectLoader().load(files: [path]).diagnostics.filter { $0.severity == .error }.map {
            $0.description.replacingOccurrences(of: folder.path + "/", with: "")
        }
    }

    @Test func aCountThatOverflowsIsAnErrorNotOne() throws {
        let errors = try load(
            "Analysis/rubric.xml", replacing: "<minimumEvidence respondents=\"5\"",
            with: "<minimumEvidence respondents=\"9223372036854775808\"")
        #expect(
            errors == [
                "rubric.xml:61:20: error: respondents=\"9223372036854775808\" on <minimumEvidence> is out of range: "
                    + "EvalKit reads whole numbers from -1000000000 to 1000000000"
            ])
    }

    @Test func aDuplicateReferralIdIsRefused() throws {
        let errors = try load(
            "Consent/contacts.xml", replacing: "<referral id=\"health\">", with: "<referral id=\"counselling\">")
        #expect(
            errors == [
                "contacts.xml:37:3: error: referral id 'counselling' is used twice (first at line 23); each referral "
                    + "needs its own id"
            ])
    }
}
