import EvalKitCoding
import Foundation
import Testing

/// Reliability data for the agreement tests, and comparison to the reference values.
enum AgreementFixtures {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/agreement").path

    static func path(_ name: String) -> String { (directory as NSString).appendingPathComponent(name) }

    /// Data with coders named c1, c2, … and units u1, u2, …; `columns[coder][unit]` is a value or nil.
    static func data(_ columns: [[String?]]) throws -> ReliabilityData {
        var data = ReliabilityData()
        for (coder, column) in columns.enumerated() {
            for (unit, value) in column.enumerated() {
                try data.add(unit: "u\(unit + 1)", coder: "c\(coder + 1)", value: value)
            }
        }
        return data
    }

    /// The same, from integer codes.
    static func data(_ columns: [[Int?]]) throws -> ReliabilityData {
        try data(columns.map { $0.map { $0.map(String.init) } })
    }

    /// Fleiss' layout (subjects × categories, counts of raters) spread over one coder per rating,
    /// as reference.py's `expand` does.
    static func expand(_ table: [[Int]]) -> [[String?]] {
        let rows = table.map { counts in counts.enumerated().flatMap { repeatElement("category\($0)", count: $1) } }
        return (0..<rows[0].count).map { coder in rows.map { $0[coder] } }
    }
}

/// `actual` equals `expected` within 1e-9, and is nil exactly when `expected` is.
func expectAgreement(
    _ actual: AgreementResult, _ expected: AgreementResult, sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(actual.units == expected.units, sourceLocation: sourceLocation)
    #expect(actual.coders == expected.coders, sourceLocation: sourceLocation)
    let pairs: [(String, Double?, Double?)] = [
        ("percent agreement", actual.percentAgreement, expected.percentAgreement),
        ("Cohen's kappa", actual.cohensKappa, expected.cohensKappa),
        ("Fleiss' kappa", actual.fleissKappa, expected.fleissKappa),
        ("Krippendorff's alpha", actual.krippendorffAlpha, expected.krippendorffAlpha),
    ]
    for (name, value, reference) in pairs {
        switch (value, reference) {
        case (nil, nil): break
        case (let value?, let reference?):
            #expect(
                abs(value - reference) <= 1e-9, "\(name): \(value), expected \(reference)",
                sourceLocation: sourceLocation)
        default:
            Issue.record(
                "\(name): \(String(describing: value)), expected \(String(describing: reference))",
                sourceLocation: sourceLocation)
        }
    }
}

extension AgreementResult {
    /// Shorter to write in expectations.
    static func of(
        units: Int, coders: Int, percent: Double?, cohen: Double?, fleiss: Double?, alpha: Double?
    ) -> AgreementResult {
        AgreementResult(
            units: units, coders: coders, percentAgreement: percent, cohensKappa: cohen, fleissKappa: fleiss,
            krippendorffAlpha: alpha)
    }
}

/// `value` as compact JSON with sorted keys.
func sortedJSON(_ value: some Encodable) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return try encoder.encode(value)
}
