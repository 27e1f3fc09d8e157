import EvalKitCoding
import EvalKitCore
import EvalKitTestSupport
import Testing

/// Reading reliability data from `unit,coder,value` CSV, and the exact errors for bad files.
struct AgreementCSVTests {
    /// The diagnostics `text` gets, one line each.
    private func errors(_ text: String) -> [String] {
        errors(bytes: Array(text.utf8))
    }

    private func errors(bytes: [UInt8]) -> [String] {
        var reader = ReliabilityCSVReader(file: "data.csv")
        reader.consume(bytes)
        do {
            _ = try reader.finish()
            return []
        } catch {
            #expect(error.exitStatus == .dataError)
            return error.diagnostics.map(\.description)
        }
    }

    // Unreasonable sizes are refused at once: the matrix grows with units × coders.
    @Test func moreThanAThousandCodersOrALongCoderNameIsRefused() throws {
        var rows = ["unit,coder,value"]
        for number in 0...1_000 { rows.append("u1,coder-\(number),a") }
        #expect(
            errors(rows.joined(separator: "\n"))
                == [
                    "data.csv:1002:4: error: more than 1000 coders; agreement compares a few coders at a time (choose "
                        + "them with --coders)."
                ])
        let long = String(repeating: "x", count: 65)
        #expect(
            errors("unit,coder,value\nu1,\(long),a\n")
                == [
                    "data.csv:2:4: error: the coder 'xxxxxxxxxxxxxxxxxxxx…' has 65 characters; a coder is named by a "
                        + "code of at most 64."
                ])
    }

    @Test func headerColumnsMayComeInAnyOrderAndAnyCase() throws {
        let data = try ReliabilityCSVReader.parse("Value,UNIT,Coder\nyes,u1,A\nno,u1,B\n", file: "data.csv")
        #expect(data.units == ["u1"])
        #expect(data.coders == ["A", "B"])
        #expect(data.value(unit: 0, coder: 0) == "yes")
        #expect(data.value(unit: 0, coder: 1) == "no")
    }

    @Test func quotedFieldsHoldCommasQuotesAndLineBreaks() throws {
        let text = "unit,coder,value\r\n\"u1, part 2\",\"Lan \"\"L\"\" Pham\",\"two\r\nlines\"\r\nu2,B,x"
        let data = try ReliabilityCSVReader.parse(text, file: "data.csv")
        #expect(data.units == ["u1, part 2", "u2"])
        #expect(data.coders == ["Lan \"L\" Pham", "B"])
        #expect(data.value(unit: 0, coder: 0) == "two\r\nlines")
    }

    // An empty cell and a missing row both mean "no value"; blank lines, a byte order mark and
    // spaces around cells are ignored.
    @Test func emptyValuesAndMissingRowsAreMissingData() throws {
        let text = "\u{FEFF}unit , coder , value\n\nu1, A , yes \nu1,B,\nu2,A,  \n\n   \nu3,B,no\n"
        let data = try ReliabilityCSVReader.parse(text, file: "data.csv")
        #expect(data.units == ["u1", "u2", "u3"])
        #expect(data.coders == ["A", "B"])
        #expect(data.categories == ["yes", "no"])
        let cells = data.units.indices.map { unit in data.coders.indices.map { data.value(unit: unit, coder: $0) } }
        #expect(cells == [["yes", nil], [nil, nil], [nil, "no"]])
    }

    @Test func aLastRowWithoutLineBreakMayEndWithAnEmptyValue() throws {
        let data = try ReliabilityCSVReader.parse("unit,coder,value\nu1,A,yes\nu1,B,", file: "data.csv")
        #expect(data.coders == ["A", "B"])
        #expect(data.value(unit: 0, coder: 1) == nil)
    }

    // Concatenated exports repeat rows; that is not a conflict, and an empty cell adds nothing.
    @Test func theSameValueTwiceOrAnEmptyRepeatIsAccepted() throws {
        let data = try ReliabilityCSVReader.parse("unit,coder,value\nu1,A,yes\nu1,A,yes\nu1,A,\n", file: "data.csv")
        #expect(data.value(unit: 0, coder: 0) == "yes")
    }

    @Test func differentValuesForOneUnitAndCoderAreAnError() {
        #expect(
            errors("unit,coder,value\nu1,A,yes\nu1,B,no\nu1,A,no\n") == [
                "data.csv:4:6: error: coder 'A' already gave unit 'u1' a different value; a coder gives each unit "
                    + "at most one value."
            ])
    }

    @Test func aMissingColumnIsNamed() {
        #expect(
            errors("unit,coder\nu1,A\n") == [
                "data.csv:1:1: error: the header has no 'value' column; it names the columns unit, coder and value, "
                    + "in any order."
            ])
    }

    @Test func anExtraOrRepeatedColumnIsAnError() {
        #expect(
            errors("unit,coder,value,Note\n") == [
                "data.csv:1:18: error: unexpected column 'Note'; reliability data has exactly the columns unit, "
                    + "coder and value."
            ])
        #expect(
            errors("unit,Unit,coder,value\n") == ["data.csv:1:6: error: column 'unit' appears twice."])
    }

    @Test func dataWithoutAHeaderRowIsAnError() {
        #expect(
            errors("u1,A,yes\n") == [
                "data.csv:1:1: error: the first row is not a header; reliability data starts with a header row "
                    + "naming the columns unit, coder and value, in any order."
            ])
    }

    @Test func anEmptyFileIsAnError() {
        let expected = [
            "data.csv:1:1: error: the file is empty; reliability data starts with a header row naming the columns "
                + "unit, coder and value."
        ]
        #expect(errors("") == expected)
        #expect(errors("\n\n") == expected)
    }

    @Test func aRowWithTooManyOrTooFewFieldsIsAnError() {
        #expect(
            errors("coder,unit,value\nA,u1,yes,extra\nA,u2\n") == [
                "data.csv:2:10: error: this row has 4 fields, but the header has 3 (coder,unit,value).",
                "data.csv:3:5: error: this row has 2 fields, but the header has 3 (coder,unit,value).",
            ])
    }

    @Test func anUnterminatedQuoteIsReportedWhereItOpens() {
        #expect(
            errors("unit,coder,value\nu1,A,yes\nu2,\"B,no\nu3,A,no\n") == [
                "data.csv:3:4: error: this quoted field is never closed; add the closing quote."
            ])
    }

    @Test func strayQuotesAreErrors() {
        #expect(
            errors("unit,coder,value\nu1,A\"B,yes\nu2,\"B\"x,no\n") == [
                "data.csv:2:5: error: a quote inside an unquoted field; quote the whole field and double the "
                    + "quotes inside it (\"a \"\"b\"\"\").",
                "data.csv:3:7: error: unexpected text after a closing quote; a quoted field ends with a quote "
                    + "followed by a comma or a line break.",
            ])
    }

    @Test func invalidUTF8IsAnError() {
        let bytes = Array("unit,coder,value\nu1,A,ok\nu2,".utf8) + [0x41, 0xFF, 0x42] + Array(",yes\n".utf8)
        #expect(
            errors(bytes: bytes) == ["data.csv:3:4: error: this field is not valid UTF-8; save the file as UTF-8 text."]
        )
    }

    @Test func anEmptyUnitOrCoderIsAnError() {
        #expect(
            errors("unit,coder,value\n,A,yes\nu1, ,yes\n") == [
                "data.csv:2:1: error: the unit is empty; every row names a unit and a coder.",
                "data.csv:3:4: error: the coder is empty; every row names a unit and a coder.",
            ])
    }

    // Columns count characters, not bytes.
    @Test func columnsCountCharacters() {
        #expect(
            errors("unit,coder,value\nNguyễn,Đức,a,b\n") == [
                "data.csv:2:14: error: this row has 4 fields, but the header has 3 (unit,coder,value)."
            ])
    }

    @Test func anOverlongFieldIsAnError() {
        let long = String(repeating: "x", count: 5000)
        #expect(
            errors("unit,coder,value\n\(long),A,yes\n") == [
                "data.csv:2:1: error: this field is longer than 4096 bytes; units, coders and values are short names."
            ])
    }

    @Test func readingGoesOnAfterABadRowAndStopsAfterAHundredErrors() {
        let rows = (1...150).map { "u\($0),A\n" }.joined()
        let found = errors("unit,coder,value\n" + rows)
        #expect(found.count == 101)
        #expect(found.first == "data.csv:2:5: error: this row has 2 fields, but the header has 3 (unit,coder,value).")
        #expect(found.last == "data.csv: note: stopped after 100 errors.")
    }

    // A chunk may end anywhere: inside a CRLF, a quoted field, a byte order mark or a character.
    @Test func chunkBoundariesDoNotChangeTheResult() throws {
        let text = "\u{FEFF}unit,coder,value\r\n\"u1\r\nx\",Đức,\"a\"\"b\"\r\nu2,B,c\r\n"
        var reader = ReliabilityCSVReader(file: "data.csv")
        for byte in text.utf8 { reader.consume([byte]) }
        let byteByByte = try reader.finish()
        let whole = try ReliabilityCSVReader.parse(text, file: "data.csv")
        #expect(byteByByte.units == whole.units)
        #expect(byteByByte.units == ["u1\r\nx", "u2"])
        #expect(byteByByte.coders == ["Đức", "B"])
        #expect(byteByByte.categories == ["a\"b", "c"])
    }

    @Test func aMissingFileIsNoInput() throws {
        #expect {
            _ = try ReliabilityCSVReader.read(path: "/nowhere/data.csv")
        } throws: { error in
            (error as? FileReadError) == FileReadError(path: "/nowhere/data.csv", reason: .missing)
                && (error as? FileReadError)?.exitStatus == .noInput
        }
        let folder = try TemporaryDirectory()
        #expect(throws: FileReadError(path: folder.path, reason: .isDirectory)) {
            _ = try ReliabilityCSVReader.read(path: folder.path)
        }
    }

    @Test func aFileIsReadWithItsPathInDiagnostics() throws {
        let folder = try TemporaryDirectory()
        let path = try folder.write("unit,coder,value\nu1,A,yes\nu1,A,no\n", to: "round.csv")
        #expect {
            _ = try ReliabilityCSVReader.read(path: path)
        } throws: { error in
            (error as? DiagnosticsError)?.description
                == "\(path):3:6: error: coder 'A' already gave unit 'u1' a different value; a coder gives each unit "
                + "at most one value."
        }
    }
}
