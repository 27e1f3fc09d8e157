public import EvalKitInstruments
import Foundation

extension ProjectExporter {
    /// The exporter for a whole project: named after its folder, with every profile field as
    /// a case variable and the project's names and places masked.
    public init(project: Project) {
        self.init(
            name: URL(fileURLWithPath: project.directory).standardizedFileURL.lastPathComponent,
            caseVariables: Self.caseVariables(of: project), redactor: project.redactor)
    }

    /// Every profile field of the project's guides, once each, in guide order; integer when any
    /// guide asks it as a whole number.
    public static func caseVariables(of project: Project) -> [CaseVariable] {
        var variables: [CaseVariable] = []
        for field in project.instruments.flatMap(\.profile) {
            let integer = if case .integer = field.kind { true } else { false }
            if let index = variables.firstIndex(where: { $0.id == field.id }) {
                variables[index].isInteger = variables[index].isInteger || integer
            } else {
                variables.append(CaseVariable(id: field.id, isInteger: integer))
            }
        }
        return variables
    }
}
