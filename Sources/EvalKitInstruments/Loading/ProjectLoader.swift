public import EvalKitCore
import EvalKitXML

/// Loads and checks project files: XSD validation, then the checks of each document, then
/// the links between documents (consent scripts, framework ids).
public struct ProjectLoader {
    /// Project XML files are small; anything bigger is refused before it is read.
    public static let fileSizeLimit = 16 * 1024 * 1024

    public init() {}

    /// The result of loading: what could be read, and every diagnostic in file order.
    public struct Result: Sendable {
        public var project: Project
        public var diagnostics: [Diagnostic]
        /// Every multilingual text of the files that passed schema validation.
        public var texts: [TextRecord]

        /// A warning for each text that has no translation into `language`.
        public func missingTranslations(_ language: String) -> [Diagnostic] {
            texts.filter { !$0.languages.contains(language) }.map {
                Diagnostic(.warning, "<\($0.element)> has no '\(language)' translation", at: $0.location)
            }
        }
    }

    /// Loads every project file, checking them all.
    public func load(_ layout: ProjectLayout) -> Result {
        load(files: layout.xmlFiles(), directory: layout.directory)
    }

    /// Loads `files`, resolving links against the documents among them.
    /// A missing or unreadable file is a diagnostic too; see `Result.diagnostics`.
    public func load(files: [String], directory: String = ".") -> Result {
        var collected = Collected()
        for file in files { collected.add(file: file) }
        var diagnostics = collected.diagnostics
        let project = Project(
            directory: directory, framework: collected.frameworks.first, instruments: collected.instruments,
            consentScripts: collected.consentScripts, contacts: collected.contactLists.first)
        diagnostics += CrossReferenceCheck(project: project, frameworks: collected.frameworks).run(collected.references)
        diagnostics.sort { $0.sortKey < $1.sortKey }
        return Result(project: project, diagnostics: diagnostics, texts: collected.texts)
    }

    private struct Collected {
        var instruments: [Instrument] = []
        var consentScripts: [ConsentScript] = []
        var frameworks: [Framework] = []
        var contactLists: [ContactList] = []
        var references: [Reference] = []
        var diagnostics: [Diagnostic] = []
        var texts: [TextRecord] = []

        mutating func add(file: String) {
            let document: XMLDocument
            do {
                let bytes = try FileReader.read(file, limit: ProjectLoader.fileSizeLimit)
                document = try XMLDocument.parse(bytes, fileName: file)
            } catch let error as FileReadError {
                diagnostics.append(Diagnostic(.error, Self.sentence(error), file: file))
                return
            } catch let error as DiagnosticsError {
                diagnostics += error.diagnostics
                return
            } catch {
                diagnostics.append(Diagnostic(.error, "\(error)", file: file))
                return
            }
            let root = document.root
            guard root.namespace == EvalKitSchema.namespace else {
                let found = root.namespace.map { "namespace '\($0)'" } ?? "no namespace"
                diagnostics.append(
                    .error(
                        "<\(root.name)> is in \(found); EvalKit files use xmlns=\"\(EvalKitSchema.namespace)\"",
                        at: root.location))
                return
            }
            let schemaErrors = document.validate(against: EvalKitSchema.compiled)
            guard schemaErrors.isEmpty else {
                diagnostics += schemaErrors
                return
            }
            switch root.name {
            case "instrument":
                var decoder = InstrumentDecoder()
                instruments.append(decoder.decode(root))
                references += decoder.references
                diagnostics += decoder.reader.diagnostics
                texts += decoder.reader.texts
            case "consent":
                var decoder = ConsentDecoder()
                consentScripts.append(decoder.decode(root))
                diagnostics += decoder.reader.diagnostics
                texts += decoder.reader.texts
            case "framework":
                var decoder = FrameworkDecoder()
                frameworks.append(decoder.decode(root))
                diagnostics += decoder.reader.diagnostics
                texts += decoder.reader.texts
            case "contacts":
                var decoder = ContactsDecoder()
                contactLists.append(decoder.decode(root))
                diagnostics += decoder.reader.diagnostics
                texts += decoder.reader.texts
            default:
                diagnostics.append(.error("<\(root.name)> is not an EvalKit document", at: root.location))
            }
        }

        private static func sentence(_ error: FileReadError) -> String {
            switch error.reason {
            case .missing: "no such file"
            case .isDirectory: "is a folder, not a file"
            case .unreadable(let why): "cannot be read (\(why))"
            case .tooLarge(let size, let limit): "file is too large (\(size) bytes; the limit is \(limit) bytes)"
            }
        }
    }
}
