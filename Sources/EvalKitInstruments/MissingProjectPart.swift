public import EvalKitCore

/// A command needs a part of the project that its files do not define (exit 66).
public struct MissingProjectPart: EvalKitError, Equatable {
    public enum Part: Sendable, Equatable {
        case framework, codebook, rubric, narrative
    }

    public var part: Part

    public init(_ part: Part) {
        self.part = part
    }

    public var exitStatus: ExitStatus { .noInput }

    public var sentence: String {
        switch part {
        case .framework: "the project has no framework (an Instruments/*.xml with a <framework> root)"
        case .codebook: "the project has no codebook (an Instruments/*.xml with a <codebook> root)"
        case .rubric: "the project has no rubric: add Analysis/rubric.xml (see docs/scoring.md for the format)"
        case .narrative: "the project has no narrative: add Report/narrative.xml (see docs/report.md)"
        }
    }
}

extension Project {
    public func requireFramework() throws(MissingProjectPart) -> Framework {
        guard let framework else { throw MissingProjectPart(.framework) }
        return framework
    }

    public func requireCodebook() throws(MissingProjectPart) -> Codebook {
        guard let codebook else { throw MissingProjectPart(.codebook) }
        return codebook
    }

    public func requireRubric() throws(MissingProjectPart) -> Rubric {
        guard let rubric else { throw MissingProjectPart(.rubric) }
        return rubric
    }

    public func requireNarrative() throws(MissingProjectPart) -> Narrative {
        guard let narrative else { throw MissingProjectPart(.narrative) }
        return narrative
    }
}
