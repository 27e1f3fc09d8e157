import ArgumentParser
import EvalKitCoding
import EvalKitCore
import EvalKitStore
import Foundation

struct AgreementCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agreement",
        abstract:
            "Measure how far coders agree: percent agreement, Cohen's kappa, Fleiss' kappa, Krippendorff's alpha.",
        discussion: """
            Without --input, the coders' segments in the project database are compared (--coders A,B \
            is then required), one answer being the unit: per code, a coder's value is present or absent \
            on each answer they reviewed (missing on answers they never reviewed); overall, the value is \
            the whole set of codes a coder applied to the answer.

            --input FILE.csv reads reliability data made in any tool: a header row naming the columns \
            unit, coder and value (in any order), then one row per unit and coder with one nominal value. \
            An empty value, or no row at all, means the coder gave that unit no value.

            Percent agreement: over units with two or more values, the share of pairs of coders who agree, \
            averaged over those units. Cohen's kappa: exactly two coders, over the units both rated. \
            Fleiss' kappa: over the units every coder rated. Krippendorff's alpha: nominal, over every unit \
            with two or more values, so missing values are allowed. A statistic that is undefined (for \
            instance when every coder gave every unit the same value) or does not apply is printed as \
            'undefined' (null in JSON). docs/agreement.md gives the formulas.

            Exit status: 0 success, 64 wrong usage (an unknown coder in --coders; neither --input nor --coders), \
            65 invalid data (printed as file:line:column: error: message), 66 a missing file.
            """
    )

    @OptionGroup var projectOptions: ProjectOptions

    @Option(
        help: ArgumentHelp(
            "Reliability data as CSV with the columns unit,coder,value.", valueName: "file.csv"))
    var input: String?

    @Option(
        help: ArgumentHelp(
            "The coders to compare, separated by commas (default: every coder in the data).", valueName: "A,B,…"))
    var coders: String?

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    func run() throws {
        let selection = try selectedCoders()
        guard let input else {
            guard let selection else {
                throw CommandError.codersNotNamed
            }
            let store = try openExistingStore(try projectOptions.layout(), access: .readOnly)
            let unknown = try store.unknownCoders(selection)
            if !unknown.isEmpty {
                let known = try store.coders()
                throw CommandError.unknownCoders(unknown, known: known)
            }
            let report = try ProjectAgreement.compute(store: store, coders: selection)
            if format == .json { return try printJSON(report) }
            return print(Self.render(report))
        }
        var data = try ReliabilityCSVReader.read(path: input)
        if let selection { data = try data.selecting(coders: selection) }
        let result = data.agreement()
        if format == .json { return try printJSON(result) }
        print(Self.render(result))
    }

    /// The names given with --coders, or `nil` for every coder.
    private func selectedCoders() throws(CommandError) -> [String]? {
        guard let coders else { return nil }
        let names = coders.split(separator: ",", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        guard !names.contains(where: \.isEmpty) else {
            throw CommandError.emptyCoderName
        }
        guard names.count >= 2 else {
            throw CommandError.oneCoder
        }
        return names
    }

    static func number(_ value: Double?) -> String {
        value.map { String(format: "%.3f", $0) } ?? "undefined"
    }

    /// Per code and overall, one row each.
    static func render(_ report: ProjectAgreement) -> String {
        let header = ["CODE", "ANSWERS CODED", "UNITS", "PERCENT", "COHEN", "FLEISS", "ALPHA"]
        func row(_ name: String, _ coded: String, _ result: AgreementResult) -> [String] {
            [
                name, coded, "\(result.units)", number(result.percentAgreement), number(result.cohensKappa),
                number(result.fleissKappa), number(result.krippendorffAlpha),
            ]
        }
        let rows = report.codes.map { row($0.code, "\($0.answersCoded)", $0.agreement) }
        return "Coders: \(report.coders.joined(separator: ", ")). One answer is one unit.\n"
            + TextTable.render([header] + rows + [row("overall (whole code set)", "-", report.overall)])
    }

    static func render(_ result: AgreementResult) -> String {
        var text = TextTable.render([
            ["units", "\(result.units)"],
            ["coders", "\(result.coders)"],
            ["percent agreement", number(result.percentAgreement)],
            ["Cohen's kappa", number(result.cohensKappa)],
            ["Fleiss' kappa", number(result.fleissKappa)],
            ["Krippendorff's alpha", number(result.krippendorffAlpha)],
        ])
        if result.coders != 2 {
            text += "\nCohen's kappa compares exactly two coders; choose them with --coders A,B."
        }
        return text
    }
}
