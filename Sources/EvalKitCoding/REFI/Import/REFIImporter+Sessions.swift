import EvalKitCore
import EvalKitImport
import EvalKitStore
import Foundation

extension REFIImporter {
    /// Segments and coders found on sources that became (or already were) imported sessions.
    struct CodedSources {
        var segments: [SegmentRecord] = []
        var unknownCodes = Set<String>()
        var coders = Set<String>()
    }

    /// Makes a session of each source with text (all new sessions in one transaction) and
    /// places the source's coded selections on its answers.
    func importSources(
        _ sources: [REFIDocument.TextSource], input: REFIInput, document: REFIDocument, matcher: CodeMatcher,
        into store: ProjectStore?, using importer: TranscriptImporter, report: inout REFIImportReport, date: Date
    ) throws(REFIImportError) -> CodedSources {
        var pending: [(source: REFIDocument.TextSource, made: TranscriptImporter.SourceSession, earlier: String?)] = []
        for source in sources {
            let coded = source.selections.filter { !$0.codings.isEmpty }.count
            guard let text = try input.text(of: source), !text.allSatisfy(\.isWhitespace) else {
                report.warnings.append("source '\(source.name)': its text is not in the file; not imported")
                report.unmatchedSelections += coded
                continue
            }
            let digest = Transcript.digest(of: text)
            let made = importer.sourceSession(text: text, digest: digest)
            var earlier: String?
            if let store {
                do { earlier = try store.session(sourceDigest: digest)?.id } catch { throw .store(error) }
            }
            pending.append((source, made, earlier))
        }
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
                for coding in selection.codings {
                    let coder =
                        coding.user.flatMap { document.users[REFIDocument.key($0)] }.map(Self.coderCode)
                        ?? Self.unknownCoder
                    for guid in coding.codeGUIDs {
                        guard let codeID = matcher.codeID(guid: guid, in: document) else {
                            coded.unknownCodes.insert(guid)
                            report.skippedCodings += 1
                            continue
                        }
                        coded.coders.insert(coder)
                        coded.segments.append(
                            SegmentRecord(
                                answerID: answerID, codeID: codeID, coder: coder, range: range,
                                memo: try input.memo(of: selection, in: document), createdAt: date))
                    }
                }
            }
        }
        if cut > 0 {
            report.tolerated.append(
                "\(cut) selections reached beyond one question's answer (across a marker or heading): cut at its edges")
        }
        return coded
    }
}
