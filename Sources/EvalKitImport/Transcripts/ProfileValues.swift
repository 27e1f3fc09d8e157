import EvalKitCore
import EvalKitInstruments
import Foundation

/// Profile values for imported sessions, checked against the guide's profile fields as the
/// runner checks what an interviewer types: a number in range, a choice by its value or label,
/// several choices separated by spaces or commas, or free text.
struct ProfileValues {
    let instrument: Instrument

    /// `field=value` options, for an interview's respondent.
    func options(_ assignments: [String]) throws(TranscriptError) -> [String: String] {
        var values: [String: String] = [:]
        for assignment in assignments {
            guard let equals = assignment.firstIndex(of: "=") else {
                throw .usage("--profile '\(assignment)' is not field=value, such as --profile age=34.")
            }
            let field = String(assignment[..<equals]).trimmingCharacters(in: .whitespaces)
            let value = String(assignment[assignment.index(after: equals)...])
            switch check(field, value) {
            case .success(let stored): values[field] = stored
            case .failure(let problem): throw .usage("--profile \(field): \(problem.message)")
            }
        }
        return values
    }

    /// The roster CSV of an FGD: a `seat` column (1, 2, … or P1, P2, …) and profile fields.
    func roster(path: String) throws(TranscriptError) -> [Int: [String: String]] {
        var roster: [Int: [String: String]] = [:]
        for row in try keyedRows(path: path, key: "seat", describing: "1, 2, … or P1, P2, …") {
            let label = row.key.uppercased().hasPrefix("P") ? String(row.key.dropFirst()) : row.key
            guard let seat = Int(label), (1...999).contains(seat) else {
                throw .sideFile(
                    path: path, line: row.line, column: row.column,
                    message: "seat '\(row.key)' is not a number from 1 to 999 (or P1 to P999)")
            }
            guard roster[seat] == nil else {
                throw .sideFile(path: path, line: row.line, column: row.column, message: "seat \(seat) is listed twice")
            }
            roster[seat] = row.values
        }
        return roster
    }

    /// Interviews' profiles by transcript file: a `file` column (the file's name, as given to
    /// the import) and profile fields. Used only while importing; no file name is stored.
    func profiles(path: String, files: [String]) throws(TranscriptError) -> [String: [String: String]] {
        let names = Set(files.map { ($0 as NSString).lastPathComponent })
        var profiles: [String: [String: String]] = [:]
        for row in try keyedRows(path: path, key: "file", describing: "the transcript's file name") {
            let name = (row.key as NSString).lastPathComponent
            guard names.contains(name) else {
                throw .sideFile(
                    path: path, line: row.line, column: row.column,
                    message: "'\(row.key)' is not one of the files being imported")
            }
            guard profiles[name] == nil else {
                throw .sideFile(path: path, line: row.line, column: row.column, message: "'\(row.key)' is listed twice")
            }
            profiles[name] = row.values
        }
        return profiles
    }

    struct KeyedRow {
        var key: String
        var values: [String: String]
        var line: Int
        var column: Int
    }

    /// The rows of a CSV whose first column is `key`, then profile fields, every value checked.
    private func keyedRows(path: String, key: String, describing: String) throws(TranscriptError) -> [KeyedRow] {
        let bytes: [UInt8]
        do {
            bytes = try FileReader.read(path, limit: 4 << 20)
        } catch {
            throw .file(error)
        }
        var scanner = CSVScanner(maximumFieldLength: 1024, maximumFields: 64)
        var events = scanner.consume(bytes)
        events += scanner.finish()
        var header: [String]?
        var rows: [KeyedRow] = []
        for event in events {
            switch event {
            case .problem(let problem, let at):
                throw .sideFile(path: path, line: at.line, column: at.column, message: "malformed CSV (\(problem))")
            case .record(let record):
                let cells = try record.fields.map { field throws(TranscriptError) -> String in
                    guard let text = String(validating: record.bytes(of: field), as: UTF8.self) else {
                        throw .sideFile(
                            path: path, line: field.start.line, column: field.start.column, message: "not UTF-8 text")
                    }
                    return text.trimmingCharacters(in: .whitespaces)
                }
                if cells.allSatisfy(\.isEmpty) { continue }
                guard let columns = header else {
                    try checkHeader(cells, record, path, key: key, describing: describing)
                    header = cells
                    continue
                }
                rows.append(try row(cells, columns, record, path))
            }
        }
        guard header != nil else { throw .sideFile(path: path, line: 1, column: 1, message: "the file is empty") }
        return rows
    }

    private func checkHeader(
        _ cells: [String], _ record: CSVScanner.Record, _ path: String, key: String, describing: String
    ) throws(TranscriptError) {
        guard cells.first == key else {
            throw .sideFile(
                path: path, line: record.end.line, column: 1,
                message: "the first column must be '\(key)' (\(describing)), then profile fields")
        }
        for (index, name) in cells.enumerated().dropFirst() where instrument.profileField(name) == nil {
            let fields = instrument.profile.map(\.id)
            throw .sideFile(
                path: path, line: record.fields[index].start.line, column: record.fields[index].start.column,
                message: "'\(name)' is not a profile field of guide '\(instrument.id)'."
                    + "\(Suggestion.didYouMean(name, among: fields)) Fields: \(fields.joined(separator: ", ")).")
        }
    }

    private func row(
        _ cells: [String], _ columns: [String], _ record: CSVScanner.Record, _ path: String
    ) throws(TranscriptError) -> KeyedRow {
        func fail(_ index: Int, _ message: String) -> TranscriptError {
            let start = record.fields[min(index, record.fields.count - 1)].start
            return .sideFile(path: path, line: start.line, column: start.column, message: message)
        }
        guard cells.count == columns.count else {
            throw fail(0, "this row has \(cells.count) fields, but the header has \(columns.count)")
        }
        var values: [String: String] = [:]
        for index in 1..<cells.count where !cells[index].isEmpty {
            switch check(columns[index], cells[index]) {
            case .success(let stored): values[columns[index]] = stored
            case .failure(let problem): throw fail(index, "\(columns[index]): \(problem.message)")
            }
        }
        let start = record.fields[0].start
        return KeyedRow(key: cells[0], values: values, line: start.line, column: start.column)
    }

    struct Problem: Error {
        var message: String
    }

    /// The stored form of `value` for profile field `id`.
    func check(_ id: String, _ value: String) -> Result<String, Problem> {
        guard let field = instrument.profileField(id) else {
            let fields = instrument.profile.map(\.id)
            return .failure(
                Problem(
                    message:
                        "not a profile field of guide '\(instrument.id)'.\(Suggestion.didYouMean(id, among: fields))"
                        + " Fields: \(fields.joined(separator: ", "))."))
        }
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        switch field.kind {
        case .text:
            return trimmed.isEmpty ? .failure(Problem(message: "the value is empty")) : .success(trimmed)
        case .integer(let minimum, let maximum):
            guard let number = Int(trimmed), minimum.map({ number >= $0 }) ?? true,
                maximum.map({ number <= $0 }) ?? true
            else {
                let range = "\(minimum.map(String.init) ?? "any") to \(maximum.map(String.init) ?? "any")"
                return .failure(Problem(message: "'\(value)' is not a whole number from \(range)"))
            }
            return .success(String(number))
        case .singleChoice(let options):
            guard let option = choose(trimmed, options) else { return .failure(notAChoice(value, options)) }
            return .success(option.value)
        case .multipleChoice(let options):
            var chosen: [ChoiceOption] = []
            for part in trimmed.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ";" }) {
                guard let option = choose(String(part), options) else {
                    return .failure(notAChoice(String(part), options))
                }
                chosen.append(option)
            }
            return .success(options.filter(chosen.contains).map(\.value).joined(separator: " "))
        }
    }

    private func choose(_ text: String, _ options: [ChoiceOption]) -> ChoiceOption? {
        let key = TranscriptSplitter.headingKey(text)
        return options.first { option in
            option.value == text
                || option.label.translations.values.contains { TranscriptSplitter.headingKey($0) == key }
        }
    }

    private func notAChoice(_ value: String, _ options: [ChoiceOption]) -> Problem {
        Problem(message: "'\(value)' is not a choice; choices: \(options.map(\.value).joined(separator: ", "))")
    }
}
