public import EvalKitCore
import EvalKitXML

/// Loads and checks project files: XSD validation, then the checks of each document, then
/// the links between documents (consent scripts, framework ids, codebook codes).
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
        var project = Project(
            directory: directory, framework: collected.frameworks.first, instruments: collected.instruments,
            consentScripts: collected.consentScripts, contacts: collected.contactLists.first,
            codebook: collected.codebooks.first, codingRules: collected.codingRules,
            rubric: collected.rubrics.first, judgements: collected.judgementFiles.first?.judgements ?? [],
            findings: collected.findingFiles.first?.findings ?? [], narrative: collected.narratives.first,
            redactions: collected.redactionLists.first)
        project.judgementsFile = collected.judgementFiles.first?.file
        project.findingsFile = collected.findingFiles.first?.file
        for extra in collected.redactionLists.dropFirst() {
            diagnostics.append(
                Diagnostic(
                    .error,
                    "a second <redactions> list; a project has one (the first is in \(collected.redactionLists[0].file))",
                    file: extra.file))
        }
        diagnostics += CrossReferenceCheck(
            project: project, frameworks: collected.frameworks, codebooks: collected.codebooks
        ).run(collected.references)
        diagnostics += AnalysisCheck(
            project: project, rubricFiles: collected.rubrics.map(\.file),
            judgementFiles: collected.judgementFiles.map(\.file), findingFiles: collected.findingFiles.map(\.file),
            narrativeFiles: collected.narratives.map(\.file),
            ratingLocations: collected.judgementFiles.first?.ratingLocations ?? []
        ).run()
        diagnostics.sort { $0.sortKey < $1.sortKey }
        return Result(project: project, diagnostics: diagnostics, texts: collected.texts)
    }

    /// What `loadRules(file:codebook:)` found.
    public struct RulesResult: Sendable {
        /// The rules, when the file is a schema-valid `<codingRules>` document; use them only
        /// when `diagnostics` has no errors.
        public var rules: CodingRules?
        public var diagnostics: [Diagnostic]
    }

    /// Loads a stand-alone `<codingRules>` file, such as one kept outside the project, and
    /// checks it like a project file: schema, patterns, repeated phrases, and that every rule
    /// names a code of `codebook`.
    ///
    /// A missing or unreadable file, or one with another root element, is a diagnostic, not a
    /// throw. Without a codebook the codes cannot be checked: that is a warning.
    public func loadRules(file: String, codebook: Codebook?) -> RulesResult {
        var collected = Collected()
        let root = collected.add(file: file)
        var diagnostics = collected.diagnostics
        if let root, root.name != "codingRules" {
            diagnostics.append(.error("<\(root.name)> is not a <codingRules> file", at: root.location))
        }
        let project = Project(
            directory: ".", framework: nil, instruments: [], consentScripts: [], codebook: codebook,
            codingRules: collected.codingRules)
        diagnostics += CrossReferenceCheck(project: project, frameworks: [])
            .run(collected.references.filter { $0.kind == .code })
        diagnostics.sort { $0.sortKey < $1.sortKey }
        return RulesResult(rules: collected.codingRules.first, diagnostics: diagnostics)
    }

    private struct Collected {
        var instruments: [Instrument] = []
        var consentScripts: [ConsentScript] = []
        var frameworks: [Framework] = []
        var contactLists: [ContactList] = []
        var codebooks: [Codebook] = []
        var codingRules: [CodingRules] = []
        var redactionLists: [RedactionList] = []
        var rubrics: [Rubric] = []
        var judgementFiles: [(file: String, judgements: [Judgement], ratingLocations: [SourceLocation])] = []
        var findingFiles: [(file: String, findings: [Finding])] = []
        var narratives: [Narrative] = []
        var references: [Reference] = []
        var diagnostics: [Diagnostic] = []
        var texts: [TextRecord] = []

        /// Keeps what a decoder found besides its model: diagnostics, texts, cross-file references.
        mutating func absorb(_ reader: ElementReader, _ found: [Reference] = []) {
            diagnostics += reader.diagnostics
            texts += reader.texts
            references += found
        }

        /// Reads, validates and decodes `file`; returns its root element's name and place when
        /// it is an EvalKit document that passed the schema.
        @discardableResult
        mutating func add(file: String) -> (name: String, location: SourceLocation)? {
            let document: XMLDocument
            do {
                let bytes = try FileReader.read(file, limit: ProjectLoader.fileSizeLimit)
                document = try XMLDocument.parse(bytes, fileName: file)
            } catch let error as FileReadError {
                diagnostics.append(Diagnostic(.error, error.sentence, file: file))
                return nil
            } catch let error as DiagnosticsError {
                diagnostics += error.diagnostics
                return nil
            } catch {
                diagnostics.append(Diagnostic(.error, "\(error)", file: file))
                return nil
            }
            let root = document.root
            guard root.namespace == EvalKitSchema.namespace else {
                let found = root.namespace.map { "namespace '\($0)'" } ?? "no namespace"
                diagnostics.append(
                    .error(
                        "<\(root.name)> is in \(found); EvalKit files use xmlns=\"\(EvalKitSchema.namespace)\"",
                        at: root.location))
                return nil
            }
            let schemaErrors = document.validate(against: EvalKitSchema.compiled)
            guard schemaErrors.isEmpty else {
                diagnostics += schemaErrors
                return nil
            }
            switch root.name {
            case "instrument":
                var decoder = InstrumentDecoder()
                instruments.append(decoder.decode(root))
                absorb(decoder.reader, decoder.references)
            case "consent":
                var decoder = ConsentDecoder()
                consentScripts.append(decoder.decode(root))
                absorb(decoder.reader)
            case "framework":
                var decoder = FrameworkDecoder()
                frameworks.append(decoder.decode(root))
                absorb(decoder.reader)
            case "contacts":
                var decoder = ContactsDecoder()
                contactLists.append(decoder.decode(root))
                absorb(decoder.reader)
            case "rubric":
                var decoder = RubricDecoder()
                rubrics.append(decoder.decode(root))
                absorb(decoder.reader)
            case "judgements":
                var decoder = JudgementsDecoder()
                judgementFiles.append((root.location.file, decoder.decode(root), decoder.ratingLocations))
                absorb(decoder.reader, decoder.references)
            case "findings":
                var decoder = FindingsDecoder()
                findingFiles.append((root.location.file, decoder.decode(root)))
                absorb(decoder.reader, decoder.references)
            case "narrative":
                var decoder = NarrativeDecoder()
                narratives.append(decoder.decode(root))
                absorb(decoder.reader)
            case "codebook", "codingRules":
                var decoder = CodebookDecoder()
                if root.name == "codebook" {
                    codebooks.append(decoder.decode(root))
                } else {
                    codingRules.append(decoder.decodeRules(root))
                }
                absorb(decoder.reader, decoder.references)
            case "redactions":
                var decoder = RedactionsDecoder()
                redactionLists.append(decoder.decode(root))
                absorb(decoder.reader)
            default:
                diagnostics.append(.error("<\(root.name)> is not an EvalKit document", at: root.location))
                return nil
            }
            return (root.name, root.location)
        }
    }
}
