import EvalKitCore
import EvalKitStore
import EvalKitXML

extension ProjectExporter {
    /// A profile field exported as a REFI-QDA variable of every case.
    public struct CaseVariable: Sendable, Equatable {
        public var id: String
        public var isInteger: Bool

        public init(id: String, isInteger: Bool) {
            self.id = id
            self.isInteger = isInteger
        }
    }

    /// Variables every case has, from its session.
    static let sessionVariables = ["site", "unit", "respondentGroup", "method"]

    /// The GUID of a `<Variable>`.
    public static func variableGUID(_ name: String) -> String { StableGUID.make(scope: "#variable", key: name) }

    /// The GUID of the case of the respondent in roster position `index` of a session: built from
    /// the (random) session id, never from the respondent code.
    static func caseGUID(sessionID: String, index: Int) -> String {
        StableGUID.make(scope: "#case", key: "\(sessionID)/\(index)")
    }

    func writeVariables(_ variables: [CaseVariable], to writer: XMLWriter) throws {
        try writer.startElement("Variables")
        for name in Self.sessionVariables {
            try writer.element(
                "Variable", attributes: [("guid", Self.variableGUID(name)), ("name", name), ("typeOfVariable", "Text")])
        }
        for variable in variables where !Self.sessionVariables.contains(variable.id) {
            try writer.element(
                "Variable",
                attributes: [
                    ("guid", Self.variableGUID(variable.id)), ("name", variable.id),
                    ("typeOfVariable", variable.isInteger ? "Integer" : "Text"),
                ])
        }
        try writer.endElement()
    }

    /// One `<Case>` per respondent (FGD: per participant), named "Case 1", "Case 2", … in export
    /// order: no respondent code leaves the project. Returns the number of cases.
    func writeCases(
        store: ProjectStore, variables: [CaseVariable], redactor: Redactor, to writer: XMLWriter
    ) throws -> Int {
        var count = 0
        try store.forEachSession { session in
            let respondents = try store.respondents(sessionID: session.id)
            guard !respondents.isEmpty else { return }
            let hasSource = try SourceText(session: session, store: store) != nil
            let facts: [(String, String?)] = [
                ("site", session.siteID), ("unit", session.unitID), ("respondentGroup", session.respondentGroup),
                ("method", session.method.rawValue),
            ]
            for (index, respondent) in respondents.enumerated() {
                if count == 0 { try writer.startElement("Cases") }
                count += 1
                try writer.startElement("Case")
                try writer.attribute("guid", Self.caseGUID(sessionID: session.id, index: index))
                try writer.attribute("name", "Case \(count)")
                for (name, value) in facts {
                    guard let value else { continue }
                    try writeValue(name: name, value: value, integer: false, to: writer)
                }
                let profile = try store.profileValues(respondentCode: respondent.code)
                for variable in variables where !Self.sessionVariables.contains(variable.id) {
                    guard let value = profile[variable.id] else { continue }
                    try writeValue(
                        name: variable.id, value: redactor.redact(value), integer: variable.isInteger, to: writer)
                }
                if hasSource {
                    try writer.element(
                        "SourceRef", attributes: [("targetGUID", Self.sourceGUID(sessionID: session.id))])
                }
                try writer.endElement()
            }
        }
        if count > 0 { try writer.endElement() }
        return count
    }

    private func writeValue(name: String, value: String, integer: Bool, to writer: XMLWriter) throws {
        try writer.startElement("VariableValue")
        try writer.element("VariableRef", attributes: [("targetGUID", Self.variableGUID(name))])
        if integer, Int(value) != nil {
            try writer.element("IntegerValue", text: value)
        } else {
            try writer.element("TextValue", text: value)
        }
        try writer.endElement()
    }
}
