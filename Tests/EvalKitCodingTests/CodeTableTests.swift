import EvalKitCoding
import EvalKitCore
import EvalKitStore
import EvalKitTestSupport
import Foundation
import Testing

/// Two sites; interviews with and without a unit and a profile value; an FGD with a
/// participant's answer and a group answer. Coder A codes everything but one segment, by B.
private struct CodedProject {
    let folder: TemporaryDirectory
    let store: ProjectStore
    private let moment = Date(timeIntervalSince1970: 1_300_000_000)

    init() throws {
        folder = try TemporaryDirectory()
        store = try ProjectStore(path: ProjectStore.path(inProject: folder.path))
        try store.replaceCodebook([code("debt", 0, label: "Debt, \"owed\""), code("safety", 1), code("stigma", 2)])
        try session("s1", site: "lao-cai", unit: "centre", group: "survivors", method: .interview)
        try session("s2", site: "ha-noi", unit: nil, group: "families", method: .interview)
        try session("s3", site: "lao-cai", unit: "centre", group: "survivors", method: .fgd)
        let first = try respondent("s1", site: "lao-cai", siteCode: "A", group: "survivors", groupCode: "SURV")
        let family = try respondent("s2", site: "ha-noi", siteCode: "B", group: "families", groupCode: "FAM")
        let seat = try respondent("s3", site: "lao-cai", siteCode: "A", group: "survivors", groupCode: "SURV", seat: 1)
        try store.setProfileValue(respondentCode: first, fieldID: "sex", value: "female")
        try store.setProfileValue(respondentCode: seat, fieldID: "sex", value: "male")
        try code(answer("s1", "q1", first), ["debt", "safety"])
        let second = try answer("s1", "q2", first)
        try code(second, ["debt"])
        try code(second, ["stigma"], coder: "B")
        try code(answer("s2", "q1", family), ["debt", "debt"])
        try code(answer("s3", "q1", seat), ["safety"])
        try code(answer("s3", "q2", nil), ["debt", "safety"])
        _ = try answer("s1", "q3", first)  // not coded: left out
    }

    private func code(_ id: String, _ position: Int, label: String? = nil) -> StoredCode {
        StoredCode(
            id: id, parentID: nil, position: position, label: label ?? id.capitalized, colour: "#000000",
            valence: "descriptive", weight: 1, criteria: [], evaluationQuestions: [])
    }

    private func session(_ id: String, site: String, unit: String?, group: String, method: SessionMethod) throws {
        try store.createSession(
            SessionRecord(
                id: id, instrumentID: "survivor-centre", instrumentVersion: "1", instrumentSnapshot: "{}",
                method: method, siteID: site, unitID: unit, respondentGroup: group, interviewerCode: "IV-01",
                language: "vi", startedAt: moment, consentAt: moment))
    }

    private func respondent(
        _ session: String, site: String, siteCode: String, group: String, groupCode: String, seat: Int? = nil
    ) throws -> String {
        try store.allocateRespondent(
            sessionID: session, siteID: site, siteCode: siteCode, respondentGroup: group, groupCode: groupCode,
            seat: seat
        ).code
    }

    private func answer(_ session: String, _ question: String, _ respondent: String?) throws -> Int64 {
        try store.addContribution(
            AnswerRecord(
                sessionID: session, questionID: question, respondentCode: respondent, status: .answered,
                value: "text", recordedAt: moment)
        ).id!
    }

    /// Codes `answerID` once per entry of `codes`, each on its own span.
    private func code(_ answerID: Int64, _ codes: [String], coder: String = "A") throws {
        for (index, code) in codes.enumerated() {
            _ = try store.addSegment(
                SegmentRecord(
                    answerID: answerID, codeID: code, coder: coder, range: index..<(index + 1), createdAt: moment))
        }
    }
}

struct CodeTableTests {
    private typealias Cell = CodeFrequencyTable.Cell

    @Test func codedAnswersComeWithTheirSessionFactsAndOneCodePerSegment() throws {
        let project = try CodedProject()
        var seen: [String] = []
        try project.store.forEachCodedAnswer(coder: nil) { answer in
            seen.append(
                "\(answer.siteID)/\(answer.unitID ?? "-")/\(answer.method.rawValue)/"
                    + "\(answer.respondentCode ?? "group"): \(answer.codeIDs.joined(separator: ","))")
        }
        #expect(
            seen == [
                "lao-cai/centre/interview/A-SURV-001: debt,safety",
                "lao-cai/centre/interview/A-SURV-001: debt,stigma",
                "ha-noi/-/interview/B-FAM-001: debt,debt",
                "lao-cai/centre/fgd/A-SURV-002: safety",
                "lao-cai/centre/fgd/group: debt,safety",
            ])
        var byB: [[String]] = []
        try project.store.forEachCodedAnswer(coder: "B") { byB.append($0.codeIDs) }
        #expect(byB == [["stigma"]])
    }

    @Test func bySiteCountsSegmentsAndDistinctRespondentsWithTheGroupAsOnePerSession() throws {
        let project = try CodedProject()
        let table = try CodeFrequencyTable.make(store: project.store, by: .site, coder: nil)
        #expect(table.columns == ["ha-noi", "lao-cai"])
        #expect(table.rows.map(\.id) == ["debt", "safety", "stigma"])
        // lao-cai debt: two answers of A-SURV-001 and the FGD group answer (session:s3).
        #expect(table.cell(code: "debt", column: "lao-cai") == Cell(segments: 3, respondents: 2))
        #expect(table.cell(code: "debt", column: "ha-noi") == Cell(segments: 2, respondents: 1))
        #expect(table.total(code: "debt") == Cell(segments: 5, respondents: 3))
        #expect(table.cell(code: "safety", column: "lao-cai") == Cell(segments: 3, respondents: 3))
        #expect(table.cell(code: "safety", column: "ha-noi") == Cell())
        #expect(table.total(code: "stigma") == Cell(segments: 1, respondents: 1))
    }

    @Test func byUnitPutsASessionWithoutAUnitUnderNotGiven() throws {
        let project = try CodedProject()
        let table = try CodeFrequencyTable.make(store: project.store, by: .unit, coder: nil)
        #expect(table.columns == ["centre", "(not given)"])
        #expect(table.cell(code: "debt", column: "centre") == Cell(segments: 3, respondents: 2))
        #expect(table.cell(code: "debt", column: "(not given)") == Cell(segments: 2, respondents: 1))
    }

    @Test func byGroupUsesTheSessionsRespondentGroup() throws {
        let project = try CodedProject()
        let table = try CodeFrequencyTable.make(store: project.store, by: .group, coder: "A")
        #expect(table.columns == ["families", "survivors"])
        // Both answers of A-SURV-001 and the FGD group answer.
        #expect(table.cell(code: "debt", column: "survivors") == Cell(segments: 3, respondents: 2))
        #expect(table.cell(code: "stigma", column: "survivors") == Cell())
    }

    @Test func byProfileFieldUsesEachRespondentsValueAndKeepsGroupAnswersApart() throws {
        let project = try CodedProject()
        let table = try CodeFrequencyTable.make(store: project.store, by: .field("sex"), coder: "A")
        #expect(table.columns == ["female", "male", "(not given)", "(group)"])
        #expect(table.cell(code: "debt", column: "female") == Cell(segments: 2, respondents: 1))
        #expect(table.cell(code: "debt", column: "(not given)") == Cell(segments: 2, respondents: 1))
        #expect(table.cell(code: "debt", column: "(group)") == Cell(segments: 1, respondents: 1))
        #expect(table.cell(code: "safety", column: "male") == Cell(segments: 1, respondents: 1))
        #expect(table.total(code: "stigma") == Cell())
    }

    /// A profile value that names a listed place never becomes a column heading.
    @Test func byProfileFieldMasksListedValues() throws {
        let project = try CodedProject()
        let redactor = Redactor(terms: [.init(text: "Female", replacement: "[masked]")])
        let table = try CodeFrequencyTable.make(
            store: project.store, by: .field("sex"), coder: "A", redactor: redactor)
        #expect(table.columns == ["[masked]", "male", "(not given)", "(group)"])
        #expect(table.cell(code: "debt", column: "[masked]") == Cell(segments: 2, respondents: 1))
    }

    @Test func theCSVQuotesLabelsAndEndsLinesWithCRLF() throws {
        let project = try CodedProject()
        let table = try CodeFrequencyTable.make(store: project.store, by: .site, coder: nil)
        #expect(
            try table.rendered(as: .csv)
                == "code,label,ha-noi segments,ha-noi respondents,lao-cai segments,lao-cai respondents,"
                + "total segments,total respondents\r\n"
                + "debt,\"Debt, \"\"owed\"\"\",2,1,3,2,5,3\r\n"
                + "safety,Safety,0,0,3,3,3,3\r\n"
                + "stigma,Stigma,0,0,1,1,1,1\r\n")
    }

    @Test func theJSONHasSortedKeysAndEveryCell() throws {
        let project = try CodedProject()
        let table = try CodeFrequencyTable.make(store: project.store, by: .unit, coder: "B")
        #expect(
            try table.rendered(as: .json)
                == """
                {
                  "by" : "unit",
                  "codes" : [
                    {
                      "cells" : {
                        "centre" : {
                          "respondents" : 0,
                          "segments" : 0
                        }
                      },
                      "id" : "debt",
                      "label" : "Debt, \\"owed\\"",
                      "total" : {
                        "respondents" : 0,
                        "segments" : 0
                      }
                    },
                    {
                      "cells" : {
                        "centre" : {
                          "respondents" : 0,
                          "segments" : 0
                        }
                      },
                      "id" : "safety",
                      "label" : "Safety",
                      "total" : {
                        "respondents" : 0,
                        "segments" : 0
                      }
                    },
                    {
                      "cells" : {
                        "centre" : {
                          "respondents" : 1,
                          "segments" : 1
                        }
                      },
                      "id" : "stigma",
                      "label" : "Stigma",
                      "total" : {
                        "respondents" : 1,
                        "segments" : 1
                      }
                    }
                  ],
                  "columns" : [
                    "centre"
                  ]
                }

                """)
    }

    @Test func cooccurrenceCountsAnswersWithBothCodes() throws {
        let project = try CodedProject()
        let table = try CodeCooccurrenceTable.make(store: project.store, coder: nil)
        #expect(table.codeIDs == ["debt", "safety", "stigma"])
        // debt twice on one answer counts once on the diagonal.
        #expect(table.matrix == [[4, 2, 1], [2, 3, 0], [1, 0, 1]])
        #expect(
            try table.rendered(as: .table)
                == """
                code    debt  safety  stigma
                debt    4     2       1
                safety  2     3       0
                stigma  1     0       1

                """)
    }

    @Test func readingCodedAnswersCrossesBatchBoundaries() throws {
        let project = try CodedProject()
        let moment = Date(timeIntervalSince1970: 1_300_000_000)
        for index in 0..<600 {
            let id = try project.store.addContribution(
                AnswerRecord(
                    sessionID: "s3", questionID: "bulk\(index)", respondentCode: nil, status: .answered,
                    value: "text", recordedAt: moment)
            ).id!
            if index.isMultiple(of: 2) {
                _ = try project.store.addSegment(
                    SegmentRecord(answerID: id, codeID: "stigma", coder: "C", range: nil, createdAt: moment))
            }
        }
        var count = 0
        try project.store.forEachCodedAnswer(coder: "C") { _ in count += 1 }
        #expect(count == 300)
        let table = try CodeFrequencyTable.make(store: project.store, by: .site, coder: "C")
        // All 300 group answers are in one FGD session: one respondent.
        #expect(table.cell(code: "stigma", column: "lao-cai") == Cell(segments: 300, respondents: 1))
    }
}
