public import EvalKitCore
public import EvalKitInstruments
import EvalKitStore
public import Foundation

/// Checks the options of `evalkit interview start` against the project and turns them into
/// what the engine and driver need.
public enum SessionPlanner {
    public struct Plan: Sendable {
        public var setup: SessionSetup
        public var context: SessionContext
        /// Things the interviewer should know, e.g. an incomplete translation.
        public var notices: [String]
    }

    /// - Throws: `SessionPlanError`: exit 64 for an option that names nothing in the project,
    ///   65 when the project lacks what a session needs (framework, consent script).
    public static func plan(
        project: Project, instrumentID: String, siteID: String, respondentGroup: String?, language: String,
        interviewerCode: String?, now: Date, clock: @escaping @Sendable () -> Date = { Date() }
    ) throws(SessionPlanError) -> Plan {
        guard let instrument = project.instrument(instrumentID) else {
            throw .usage(
                "no guide '\(instrumentID)' in this project.\(Suggestion.didYouMean(instrumentID, among: project.instruments.map(\.id)))"
                    + " Guides: \(project.instruments.map(\.id).sorted().joined(separator: ", ")).")
        }
        guard let framework = project.framework else {
            throw .data(
                "the project has no framework (a <framework> file in Instruments/); sites and groups come from it.")
        }
        guard let consent = project.consentScript(instrument.consentID) else {
            throw .data(
                "guide '\(instrument.id)' needs consent script '\(instrument.consentID)', which is not in Consent/.")
        }
        guard let site = framework.site(siteID) else {
            let sites = framework.sites.map(\.id)
            throw .usage(
                "unknown site '\(siteID)'.\(Suggestion.didYouMean(siteID, among: sites)) Sites: \(sites.joined(separator: ", "))."
            )
        }
        let group = try chooseGroup(respondentGroup, for: instrument, in: framework)
        let unit = try chooseUnit(for: instrument, at: site)
        if let code = interviewerCode, !isValidInterviewerCode(code) {
            throw .usage(
                "interviewer code '\(code)' is not valid: use 1 to 16 letters, digits or '-', such as IV-03 (never a name)."
            )
        }
        var notices: [String] = []
        if language != LocalizedText.fallbackLanguage && !instrument.completeLanguages.contains(language) {
            let known = Set(instrument.allTexts.flatMap(\.translations.keys))
            guard known.contains(language) else {
                throw .usage(
                    "guide '\(instrument.id)' has no texts in '\(language)'; languages: \(known.sorted().joined(separator: ", "))."
                )
            }
            notices.append("Some texts of this guide have no '\(language)' translation and are shown in English.")
        }
        let setup = SessionSetup(
            instrument: instrument, consent: consent, contacts: project.contacts, language: language, clock: clock)
        let context = SessionContext(
            sessionID: SessionContext.newSessionID(), instrumentID: instrument.id,
            instrumentVersion: instrument.version, instrumentSnapshot: InstrumentSnapshot(instrument).json(),
            method: instrument.kind == .fgd ? .fgd : .interview, siteID: site.id, siteCode: site.code, unitID: unit,
            respondentGroup: group.id, groupCode: group.code, interviewerCode: interviewerCode, language: language,
            startedAt: now)
        return Plan(setup: setup, context: context, notices: notices)
    }

    private static func chooseGroup(
        _ requested: String?, for instrument: Instrument, in framework: Framework
    ) throws(SessionPlanError) -> Framework.RespondentGroup {
        let allowed = instrument.respondentGroups
        guard let requested else {
            guard allowed.count == 1, let only = framework.respondentGroup(allowed[0]) else {
                throw .usage(
                    "guide '\(instrument.id)' is for several groups (\(allowed.joined(separator: ", "))); "
                        + "choose one with --respondent-group.")
            }
            return only
        }
        guard let group = framework.respondentGroup(requested) else {
            let groups = framework.respondentGroups.map(\.id)
            throw .usage("unknown respondent group '\(requested)'.\(Suggestion.didYouMean(requested, among: groups))")
        }
        guard allowed.contains(where: { framework.group(group.id, isWithin: $0) }) else {
            throw .usage(
                "guide '\(instrument.id)' is not for group '\(requested)'; it is for \(allowed.joined(separator: ", "))."
            )
        }
        return group
    }

    private static func chooseUnit(for instrument: Instrument, at site: Framework.Site) throws(SessionPlanError)
        -> String?
    {
        if let unit = instrument.unit {
            guard site.units.contains(unit) else {
                throw .usage("site '\(site.id)' does not run unit '\(unit)', which guide '\(instrument.id)' is for.")
            }
            return unit
        }
        return site.units.count == 1 ? site.units[0] : nil
    }

    public static func isValidInterviewerCode(_ code: String) -> Bool {
        (2...16).contains(code.count) && code.contains(where: \.isNumber)
            && code.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
    }
}

public enum SessionPlanError: EvalKitError, Equatable {
    case usage(String)
    case data(String)

    public var exitStatus: ExitStatus {
        switch self {
        case .usage: .usage
        case .data: .dataError
        }
    }

    public var sentence: String {
        switch self {
        case .usage(let message), .data(let message): message
        }
    }
}
