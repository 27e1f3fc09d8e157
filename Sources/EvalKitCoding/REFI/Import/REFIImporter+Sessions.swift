import EvalKitCore
import EvalKitImport
import EvalKitStore
import Foundation

/// What a case variable of another tool's project gives an imported session.
public enum CaseTarget: Sendable, Equatable {
    case site
    case group
    /// A profile field of the guide, by id.
    case field(String)
}

extension REFIImporter {
    /// A source that will become (or already is) an imported session.
    struct PlannedSource {
        var source: REFIDocument.TextSource
        var made: TranscriptImporter.SourceSession
        /// The session imported from the same text before, if any.
        var earlier: String?
    }

    /// Segments and coders found on sources that became (or already were) imported sessions.
    struct CodedSources {
        var segments: [SegmentRecord] = []
        var unknownCodes = Set<String>()
        var coders = Set<String>()
    }

    /// Builds the session of each source with text, with its site, group and profile from its
    /// case variables where `caseMap` says so. Writes nothing; refuses (before anything is
    /// written) a case value that names no site or group, or a profile value the guide refuses.
    func planSources(
        _ sources: [REFIDocument.TextSource], input: REFIInput, document: REFIDocument, using base: TranscriptImporter,
        report: inout REFIImportReport
    ) throws(REFIImportError) -> [PlannedSource] {
        var importers: [String: TranscriptImporter] = [:]
        var planned: [PlannedSource] = []
        for source in sources {
            let coded = source.selections.filter { !$0.codings.isEmpty }.count
            guard let text = try input.text(of: source), !text.allSatisfy(\.isWhitespace) else {
                report.warnings.append("source '\(source.name)': its text is not in the file; not imported")
                report.unmatchedSelections += coded
                continue
            }
            var site: String?
            var group: String?
            var profile: [String: String] = [:]
            let values = document.caseValues[REFIDocument.key(source.guid)] ?? [:]
            for (variable, target) in caseMap.sorted(by: { $0.key < $1.key }) {
                guard let value = values[variable], !value.isEmpty else { continue }
                func refuse(_ what: String) -> REFIImportError {
                    .caseValue(path: input.path, source: source.name, variable: variable, value: value, problem: what)
                }
                switch target {
                case .site:
                    guard let id = base.siteID(named: value) else { throw refuse("it names no site of the framework") }
                    site = id
                case .group:
                    guard let id = base.groupID(named: value) else {
                        throw refuse("it names no respondent group of the framework")
                    }
                    group = id
                case .field(let id): profile[id] = value
                }
            }
            if site == nil && sitesFromCasesOnly {
                let variables = caseMap.filter { $0.value == .site }.keys.sorted().map { "'\($0)'" }
                throw .caseValue(
                    path: input.path, source: source.name, variable: "", value: "",
                    problem: "its case gives no site (\(variables.joined(separator: ", "))) and no --site was given")
            }
            let key = "\(site ?? "") \(group ?? "")"
            let importer: TranscriptImporter
            do {
                importer =
                    try importers[key]
                    ?? (site == nil && group == nil ? base : base.replanned(siteID: site, respondentGroup: group))
                importers[key] = importer
                profile = try importer.checkedProfile(profile)
            } catch {
                throw .caseValue(
                    path: input.path, source: source.name, variable: "", value: "",
                    problem: (error as? any EvalKitError)?.sentence ?? "\(error)")
            }
            let digest = Transcript.digest(of: text)
            var made = importer.sourceSession(text: text, digest: digest, extraProfile: profile)
            let session = made.exchange.session
            made.exchange.notes += try input.notes(source.noteGUIDs, in: document).map {
                NoteRecord(sessionID: session.id, questionID: nil, text: $0, createdAt: session.startedAt)
            }
            var earlier: String?
            if let store {
                do { earlier = try store.session(sourceDigest: digest)?.id } catch { throw .store(error) }
            }
            planned.append(PlannedSource(source: source, made: made, earlier: earlier))
        }
        return planned
    }

    /// Stores the new sessions (all in one transaction) and places the sources' coded
    /// selections on their answers.
    func storeSources(
        _ pending: [PlannedSource], input: REFIInput, document: REFIDocument, matcher: CodeMatcher,
        report: inout REFIImportReport, date: Date
    ) throws(REFIImportError) -> CodedSources {
        if !dryRun, let store {
            let fresh = pending.filter { $0.earlier == nil }.map(\.made.exchange)
            if !fresh.isEmpty {
                do { _ = try store.importSessions(fresh, audit: nil) } catch { throw .store(error) }
            }
        }
        var coded = CodedSources()
        var cut = 0
        for item in pending {
            let id = item.earlier ?? item.made.exchange.session.id
            if item.earlier != nil { report.earlierSessions.append(id) } else { report.newSessions.append(id) }
            guard !dryRun, let store else { continue }
            let answers: [AnswerRecord]
            do { answers = try store.answers(sessionID: id) } catch { throw .store(error) }
            guard answers.map(\.value) == item.made.exchange.answers.map(\.value) else {
                report.warnings.append(
                    "source '\(item.source.name)': session \(id) no longer holds its text as imported; its coding "
                        + "was not placed")
                continue
            }
            for selection in item.source.selections where !selection.codings.isEmpty {
                guard let start = selection.start, let end = selection.end, start <= end,
                    let index = item.made.answers.firstIndex(where: {
                        $0.range.overlaps(start..<max(end, start + 1))
                    }),
                    let answerID = answers[index].id
                else {
                    report.warnings.append(
                        "source '\(item.source.name)': a selection at \(selection.start ?? -1)..<\(selection.end ?? -1) "
                            + "lies outside every answer; skipped")
                    report.skippedCodings += selection.codings.count
                    continue
                }
                let placed = item.made.answers[index]
                let from = max(start, placed.range.lowerBound) - placed.range.lowerBound
                let to = min(end, placed.range.upperBound) - placed.range.lowerBound
                if start < placed.range.lowerBound || end > placed.range.upperBound { cut += 1 }
                let range =
                    placed.redaction.position(
                        from, isEnd: false)..<placed.redaction.position(max(to, from), isEnd: true)
                try code(
                    selection, answerID: answerID, range: range, input: input, document: document, matcher: matcher,
                    date: date, into: &coded, report: &report)
            }
        }
        if cut > 0 {
            report.tolerated.append(
                "\(cut) selections reached beyond one question's answer (across a marker or heading): cut at its edges")
        }
        return coded
    }

    /// A segment per coding of `selection`, by its REFI user, on `answerID`; codes the project
    /// does not know are counted and reported.
    func code(
        _ selection: REFIDocument.Selection, answerID: Int64, range: Range<Int>?, input: REFIInput,
        document: REFIDocument, matcher: CodeMatcher, date: Date, into coded: inout CodedSources,
        report: inout REFIImportReport
    ) throws(REFIImportError) {
        let memo = try input.memo(of: selection, in: document)
        for coding in selection.codings {
            let coder =
                coding.user.flatMap { document.users[REFIDocument.key($0)] }.map(Self.coderCode) ?? Self.unknownCoder
            for guid in coding.codeGUIDs {
                guard let codeID = matcher.codeID(guid: guid, in: document) else {
                    coded.unknownCodes.insert(guid)
                    report.skippedCodings += 1
                    continue
                }
                coded.coders.insert(coder)
                coded.segments.append(
                    SegmentRecord(
                        answerID: answerID, codeID: codeID, coder: coder, range: range, memo: memo, createdAt: date))
            }
        }
    }
}
