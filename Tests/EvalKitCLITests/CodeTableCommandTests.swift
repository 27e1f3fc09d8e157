import EvalKitTestSupport
import Foundation
import Testing

struct CodeTableCommandTests {
    @Test func theCSVBySiteHasOneRowPerCodeInCodebookOrder() throws {
        let project = try ScriptedProject.withOneInterview(autoCoded: true)
        let output = try EvalKitProcess.run([
            "code", "table", "--project", project.path, "--by", "site", "--format", "csv",
        ])
        #expect(output.status == 0, "\(output.standardError)")
        let lines = output.standardOutput.components(separatedBy: "\r\n")
        #expect(
            Array(lines.prefix(6)) == [
                "code,label,lao-cai segments,lao-cai respondents,total segments,total respondents",
                "experience,Trafficking experience,0,0,0,0",
                "experience.outmigration,Reasons for leaving to work away,0,0,0,0",
                "experience.recruitment,Recruitment and deception,0,0,0,0",
                "experience.forced-work,Forced work and exploitation,1,1,1,1",
                "experience.debt,Debt,1,1,1,1",
            ])
        // 46 codes, a header and the empty string after the last CRLF.
        #expect(lines.count == 48)
        #expect(lines.last == "")
        #expect(lines[lines.count - 2] == "system.lessons,Lessons and suggestions,0,0,0,0")
    }

    @Test func byAProfileFieldTheRespondentsValueIsTheColumn() throws {
        let project = try ScriptedProject.withOneInterview(autoCoded: true)
        let output = try EvalKitProcess.run(
            ["code", "table", "--project", project.path, "--by", "field:sex", "--coder", "rules", "--format", "csv"])
        #expect(output.status == 0, "\(output.standardError)")
        let lines = output.standardOutput.components(separatedBy: "\r\n")
        #expect(lines[0] == "code,label,female segments,female respondents,total segments,total respondents")
        #expect(lines[5] == "experience.debt,Debt,1,1,1,1")
    }

    @Test func cooccurrenceCountsTheAnswerWithBothCodesOnAndOffTheDiagonal() throws {
        let project = try ScriptedProject.withOneInterview(autoCoded: true)
        let output = try EvalKitProcess.run(["code", "cooccurrence", "--project", project.path, "--format", "json"])
        #expect(output.status == 0, "\(output.standardError)")
        struct Matrix: Decodable {
            var codes: [String]
            var matrix: [[Int]]
        }
        let table = try JSONDecoder().decode(Matrix.self, from: Data(output.standardOutput.utf8))
        let debt = try #require(table.codes.firstIndex(of: "experience.debt"))
        let forced = try #require(table.codes.firstIndex(of: "experience.forced-work"))
        // 'code auto' put both codes on the same answer.
        #expect(table.matrix[debt][debt] == 1)
        #expect(table.matrix[forced][forced] == 1)
        #expect(table.matrix[debt][forced] == 1)
        #expect(table.matrix[forced][debt] == 1)
        #expect(table.matrix.joined().reduce(0, +) == 4)
    }

    @Test func anUnknownDimensionExits64WithASuggestion() throws {
        let project = try ScriptedProject.withOneInterview(autoCoded: true)
        let output = try EvalKitProcess.run(["code", "table", "--project", project.path, "--by", "sit"])
        #expect(output.status == 64)
        #expect(
            output.standardError
                == "error: unknown --by 'sit'; use site, unit, group or field:ID. Did you mean 'site'?\n")
    }

    @Test func anUnknownProfileFieldExits64WithASuggestion() throws {
        let project = try ScriptedProject.withOneInterview(autoCoded: true)
        let output = try EvalKitProcess.run(["code", "table", "--project", project.path, "--by", "field:sx"])
        #expect(output.status == 64)
        #expect(output.standardError == "error: no instrument has a profile field 'sx'. Did you mean 'sex'?\n")
    }

    @Test func aDatabaseWithoutACodebookExits65() throws {
        let project = try ScriptedProject.withOneInterview()
        for command in [["table", "--by", "site"], ["cooccurrence"]] {
            let output = try EvalKitProcess.run(["code"] + command + ["--project", project.path])
            #expect(output.status == 65)
            #expect(
                output.standardError
                    == "error: the project database has no codebook yet; run 'evalkit code auto' or code some "
                    + "answers first.\n")
        }
    }

    @Test func aProjectWithoutADatabaseIsToldToStartASession() throws {
        let folder = try Repository.copy()
        let output = try EvalKitProcess.run(["code", "cooccurrence", "--project", folder.path])
        #expect(output.status == 64)
        #expect(
            output.standardError
                == "error: this project has no sessions yet; start one with 'evalkit interview start'.\n")
    }
}
