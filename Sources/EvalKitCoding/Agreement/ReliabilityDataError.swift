public import EvalKitCore

/// Reliability data that cannot be built as asked: a coder with two values for one unit, or a
/// selection of coders that does not fit the data.
///
/// The message names units and coders, never values: values may be text from the data.
public struct ReliabilityDataError: EvalKitError, Equatable {
    public enum Reason: Sendable, Equatable {
        /// The coder already gave the unit a different value.
        case conflictingValues(unit: String, coder: String)
        /// A coder selected by name is not in the data.
        case unknownCoder(String, known: [String])
        /// A coder is named twice in a selection.
        case coderNamedTwice(String)
    }

    public var reason: Reason

    public init(_ reason: Reason) {
        self.reason = reason
    }

    public var exitStatus: ExitStatus {
        switch reason {
        case .conflictingValues: .dataError
        case .unknownCoder, .coderNamedTwice: .usage
        }
    }

    public var sentence: String {
        switch reason {
        case .conflictingValues(let unit, let coder):
            "coder '\(coder)' already gave unit '\(unit)' a different value; a coder gives each unit at most one value."
        case .unknownCoder(let name, let known):
            "no coder '\(name)' in the reliability data.\(Suggestion.didYouMean(name, among: known))"
                + " Coders in the data: \(known.isEmpty ? "none" : known.sorted().joined(separator: ", "))."
        case .coderNamedTwice(let name):
            "coder '\(name)' is named twice; name each coder once."
        }
    }

}
