import ArgumentParser
import EvalKitCore
import EvalKitInstruments
import Foundation

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print or save EvalKit's XML Schema (XSD) for project files.",
        discussion: """
            Without --out, prints evalkit.xsd (which includes the other files). With --out DIR, writes \
            every schema file into DIR so that other tools can validate, e.g. \
            'xmllint --noout --schema DIR/evalkit.xsd Instruments/*.xml'.
            """
    )

    @Option(help: ArgumentHelp("Folder to write the schema files into.", valueName: "dir"))
    var out: String?

    func run() throws {
        guard let out else {
            FileHandle.standardOutput.write(Data(EvalKitSchema.files["evalkit.xsd"] ?? []))
            return
        }
        for (name, bytes) in EvalKitSchema.files.sorted(by: { $0.key < $1.key }) {
            try AtomicFile.write(Data(bytes), to: (out as NSString).appendingPathComponent(name))
        }
        print("Wrote \(EvalKitSchema.files.count) schema files to \(out).")
    }
}
