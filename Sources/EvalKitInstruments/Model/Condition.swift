/// Skip logic: a test on an earlier answer (or profile field).
public struct Condition: Sendable, Equatable, Encodable {
    public enum Test: Sendable, Equatable {
        /// The single answer is one of these values.
        case equals([String])
        /// The single answer is none of these values.
        case notEquals([String])
        /// The checklist answer includes at least one of these values.
        case includes([String])
        case atLeast(Int)
        case atMost(Int)
    }

    public var ref: String
    public var test: Test

    public init(ref: String, test: Test) {
        self.ref = ref
        self.test = test
    }

    /// The XML attribute that spells this test.
    public var attributeName: String {
        switch test {
        case .equals: "equals"
        case .notEquals: "notEquals"
        case .includes: "includes"
        case .atLeast: "atLeast"
        case .atMost: "atMost"
        }
    }

    /// A short human reading, e.g. `work.current = no` or `children ≥ 1`.
    public var summary: String {
        switch test {
        case .equals(let values): "\(ref) = \(values.joined(separator: " or "))"
        case .notEquals(let values): "\(ref) ≠ \(values.joined(separator: " and "))"
        case .includes(let values): "\(ref) includes \(values.joined(separator: " or "))"
        case .atLeast(let number): "\(ref) ≥ \(number)"
        case .atMost(let number): "\(ref) ≤ \(number)"
        }
    }
}
