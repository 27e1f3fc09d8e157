import EvalKitInstruments
import EvalKitTestSupport
import Testing

@testable import EvalKitImport

struct TranscriptSplitterTests {
    static let project = ProjectLoader().load(try! ProjectLayout(directory: Repository.root)).project

    private func split(_ lines: [String], guide: String = "survivor-centre") throws -> TranscriptSplitter.Result {
        let instrument = try #require(Self.project.instrument(guide))
        return TranscriptSplitter(instrument: instrument, speakers: instrument.kind == .fgd).split(lines)
    }

    @Test func markersAndHeadingsStartAnswersAndNothingIsDropped() throws {
        let result = try split([
            "Phỏng vấn ở xã, buổi sáng.",
            "",
            "[before.knew] Không, chưa bao giờ.",
            "LOOKING BACK NOW — why do you think this happened to you",
            "Vì nhà nghèo.",
            "Và tôi tin người quen.",
            "[no.such.question] một dòng",
            "tiếp",
            "[before.knew]",
            "Thêm nữa.",
        ])
        #expect(
            result.parts.map(\.questionID) == [
                "transcript", "before.knew", "before.cause", "transcript", "before.knew",
            ])
        #expect(result.parts.map(\.match) == [.none, .marker, .heading, .none, .marker])
        #expect(result.parts.map(\.line) == [1, 3, 4, 7, 9])
        #expect(result.parts[2].contributions.map(\.text) == ["Vì nhà nghèo.\nVà tôi tin người quen."])
        #expect(result.parts[3].contributions.map(\.text) == ["[no.such.question] một dòng\ntiếp"])
        #expect(result.unknownMarkers.map(\.line) == [7])
        #expect(result.unknownMarkers.map(\.id) == ["no.such.question"])
    }

    @Test func headingsMatchInVietnameseWithoutAccentsOrPunctuation() throws {
        let result = try split([
            "## Bay gio nhin lai anh chi nghi vi sao chuyen nay lai xay ra voi minh",
            "Tôi không biết.",
        ])
        #expect(result.parts.map(\.questionID) == ["before.cause"])
        #expect(result.parts[0].contributions.map(\.line) == [2])
    }

    @Test func fgdSpeakersBecomeContributions() throws {
        let result = try split(
            [
                "[trafficking.heard]",
                "Người điều phối: Anh chị đã nghe gì chưa?",
                "P1: Có, trên đài.",
                "Nghe nhiều lần.",
                "p2 : Tôi chưa nghe.",
                "Moderator: Thank you.",
                "Cả nhóm gật đầu.",
            ], guide: "fgd")
        let contributions = try #require(result.parts.first?.contributions)
        #expect(
            contributions.map(\.speaker) == [.moderator, .participant(1), .participant(2), .moderator])
        #expect(
            contributions.map(\.text) == [
                "Anh chị đã nghe gì chưa?", "Có, trên đài.\nNghe nhiều lần.", "Tôi chưa nghe.",
                "Thank you.\nCả nhóm gật đầu.",
            ])
        #expect(contributions.map(\.line) == [2, 3, 5, 6])
    }

    @Test func textBeforeAnySpeakerIsTheGroups() throws {
        let result = try split(["[trafficking.heard]", "Mọi người đều nói có.", "P3: Tôi thì không."], guide: "fgd")
        #expect(result.parts[0].contributions.map(\.speaker) == [.unnamed, .participant(3)])
    }
}

struct ChoiceReadingTests {
    @Test func aChoiceIsSetOnlyWhereTheTextNamesExactlyOne() {
        let kind = AnswerKind.yesNo
        #expect(ChoiceReading.value(of: "Không, chưa bao giờ.", kind) == "no")
        #expect(ChoiceReading.value(of: "Yes, I had.", kind) == "yes")
        #expect(ChoiceReading.value(of: "Có nghe, nhưng không tin.", kind) == nil)
        #expect(ChoiceReading.value(of: "Tôi nhớ mang máng.", kind) == nil)
        #expect(ChoiceReading.value(of: " 34 ", .integer(min: 12, max: 90)) == "34")
        #expect(ChoiceReading.value(of: "34 tuổi", .integer(min: 12, max: 90)) == nil)
        #expect(ChoiceReading.value(of: "200", .integer(min: 12, max: 90)) == nil)
        #expect(ChoiceReading.value(of: "anything", .text) == nil)
    }
}

struct NameFlaggerTests {
    @Test func likelyNamesAreFoundWithTheirPlace() {
        let flags = NameFlagger().flags(in: [
            "Tôi gặp chị Hoa ở chợ.",
            "Ông Nguyễn Văn Minh là trưởng thôn, Mr Smith thì không.",
            "Tôi không biết. Chúng tôi nghèo.",
        ])
        #expect(flags.map(\.text) == ["chị Hoa", "Ông Nguyễn Văn Minh", "Mr Smith"])
        #expect(flags.map(\.line) == [1, 2, 2])
        #expect(flags.map(\.column) == [9, 1, 37])
    }

    @Test func maskingReplacesEachName() {
        #expect(NameFlagger().masked("Tôi gặp chị Hoa.\nTrần Thị Lan đi cùng.") == "Tôi gặp [name].\n[name] đi cùng.")
    }
}
