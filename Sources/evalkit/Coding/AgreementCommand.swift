import ArgumentParser
import EvalKitCoding
import EvalKitCore
import Foundation

struct AgreementCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agreement",
        abstract:
            "Measure how far coders agree: percent agreement, Cohen's kappa, Fleiss' kappa, Krippendorff's alpha.",
        discussion: """
            --input FILE.csv reads reliability data made in any tool: a header row naming the columns \
            unit, coder and value (in any order), then one row per unit and coder with one nominal value. \
            An empty value, or no row at all, means the coder gave that unit no value.

            Percent agreement: over units with two or more values, the share of pairs of coders who agree, \
            averaged over those units. Cohen's kappa: exactly two coders, over the units both rated. \
            Fleiss' kappa: over the units every coder rated. Krippendorff's alpha: nominal, over every unit \
            with two or more values, so missing values are allowed. A statistic that is undefined (for \
            instance when every coder gave every unit the same value) or does not apply is printed as \
            'undefined' (null in JSON). docs/agreement.md gives the formulas.

            Exit status: 0 success, 64 wrong usage (an unknown coder in --coders, no --input), \
            65 invalid data (printed as file:line:column: error: message), 66 a missing file.
            """
    )

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
            throw AgreementUsageError(
                message: "error: agreement from the project database needs coded segments, which are not "
                    + "available yet. Pass reliability data with --input FILE.csv (columns unit,coder,value).")
        }
        var data = try ReliabilityCSVReader.read(path: input)
        if let selection { data = try data.selecting(coders: selection) }
        let result = data.agreement()
        if format == .json { return try printJSON(result) }
        print(Self.render(result))
    }

    /// The names given with --coders, or `nil` for every coder.
    private func selectedCoders() throws(AgreementUsageError) -> [String]? {
        guard let coders else { return nil }
        let names = coders.split(separator: ",", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        guard !names.contains(where: \.isEmpty) else {
            throw AgreementUsageError(
                message: "error: --coders has an empty name; list coder names separated by commas, e.g. --coders A,B.")
        }
        guard names.count >= 2 else {
            throw AgreementUsageError(
                message: "error: --coders names one coder; agreement needs two or more, e.g. --coders A,B.")
        }
        return names
    }

    static func render(_ result: AgreementResult) -> String {
        func number(_ value: Double?) -> String {
            value.map { String(format: "%.3f", $0) } ?? "undefined"
        }
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

/// A wrong use of `evalkit agreement`, with its sentence ready.
struct AgreementUsageError: EvalKitError {
    var message: String
    var exitStatus: ExitStatus { .usage }
    var description: String { message }
}
