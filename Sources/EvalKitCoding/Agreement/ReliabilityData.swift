/// Reliability data: the nominal value each coder gave each unit, or none.
///
/// A units × coders matrix. Values are dictionary-encoded once, as they are added: each distinct
/// value becomes a small integer (an index into `categories`), so computing agreement only
/// compares integers. Units, coders and categories keep the order in which they first appear.
///
/// A unit may have no value from some or all coders: that is missing data, not an error.
public struct ReliabilityData: Sendable {
    /// The units, in the order they were first named.
    public private(set) var units: [String]
    /// The coders, in the order they were first named.
    public private(set) var coders: [String]
    /// The distinct values, in the order they were first given.
    public private(set) var categories: [String]
    /// Row-major: the value of unit `u` from coder `c` is `cells[u * coders.count + c]`, an index
    /// into `categories`, or `ReliabilityData.missing`.
    private(set) var cells: [Int32]
    /// Built when `add(unit:coder:value:)` first needs it: data filled by number never pays for it.
    private var unitIndex: [String: Int]?
    private var coderIndex: [String: Int]
    private var categoryIndex: [String: Int]

    /// The cell content for "this coder gave this unit no value".
    static let missing: Int32 = -1

    /// Empty data, to fill with `add(unit:coder:value:)`.
    public init() {
        self.init(units: [], coders: [], categories: [])
    }

    /// Data with every unit and coder known up front and no value yet, to fill with
    /// `setCategory(_:unit:coder:)` (the fast way when the values are already integers).
    ///
    /// The names in each list must be distinct. Coders and categories are checked at once; units,
    /// which may be many, only if `add(unit:coder:value:)` is used.
    public init(units: [String], coders: [String], categories: [String]) {
        self.units = units
        self.coders = coders
        self.categories = categories
        self.cells = [Int32](repeating: Self.missing, count: units.count * coders.count)
        self.unitIndex = units.isEmpty ? [:] : nil
        self.coderIndex = Self.index(coders, of: "coder")
        self.categoryIndex = Self.index(categories, of: "category")
        precondition(categories.count <= Int(Int32.max), "too many categories")
    }

    /// Whether `coder` is one of the coders already.
    public func hasCoder(_ coder: String) -> Bool { coderIndex[coder] != nil }

    /// Records that `coder` gave `unit` the value `value`; `nil` records only that the unit and
    /// the coder exist (a coder who gave this unit no value).
    ///
    /// Giving the same value twice is not an error, and neither is `nil` after a value (or a
    /// value after `nil`): `nil` adds nothing.
    /// - Throws: `ReliabilityDataError` when the coder already gave the unit a different value.
    public mutating func add(unit: String, coder: String, value: String?) throws(ReliabilityDataError) {
        let unitNumber = unitNumber(unit)
        let coderNumber = coderNumber(coder)
        guard let value else { return }
        guard record(category: categoryNumber(value), unit: unitNumber, coder: coderNumber) else {
            throw ReliabilityDataError(.conflictingValues(unit: unit, coder: coder))
        }
    }

    /// Sets the value coder number `coder` gave unit number `unit` to category number `category`
    /// (an index into `categories`), or to no value.
    ///
    /// Unlike `add(unit:coder:value:)`, this overwrites: it is for callers that build the matrix
    /// from data already known to be consistent. Indices out of range are a programming error.
    public mutating func setCategory(_ category: Int?, unit: Int, coder: Int) {
        precondition(unit >= 0 && unit < units.count && coder >= 0 && coder < coders.count, "no such unit or coder")
        if let category {
            precondition(category >= 0 && category < categories.count, "no such category")
            cells[unit * coders.count + coder] = Int32(category)
        } else {
            cells[unit * coders.count + coder] = Self.missing
        }
    }

    /// The category number coder number `coder` gave unit number `unit`, or `nil` for no value.
    public func category(unit: Int, coder: Int) -> Int? {
        let cell = cells[unit * coders.count + coder]
        return cell == Self.missing ? nil : Int(cell)
    }

    /// The value coder number `coder` gave unit number `unit`, or `nil` for no value.
    public func value(unit: Int, coder: Int) -> String? {
        category(unit: unit, coder: coder).map { categories[$0] }
    }

    /// The same data with only the named coders, in the order named; every unit is kept, even
    /// one that none of these coders rated.
    /// - Throws: `ReliabilityDataError` (exit 64) when a name is not a coder of the data or is
    ///   named twice.
    public func selecting(coders names: [String]) throws(ReliabilityDataError) -> ReliabilityData {
        var seen: Set<String> = []
        var columns: [Int] = []
        for name in names {
            guard let column = coderIndex[name] else {
                throw ReliabilityDataError(.unknownCoder(name, known: coders))
            }
            guard seen.insert(name).inserted else { throw ReliabilityDataError(.coderNamedTwice(name)) }
            columns.append(column)
        }
        var selection = ReliabilityData(units: units, coders: names, categories: categories)
        for unit in units.indices {
            for (newColumn, oldColumn) in columns.enumerated() {
                selection.cells[unit * names.count + newColumn] = cells[unit * coders.count + oldColumn]
            }
        }
        return selection
    }

    /// The number of unit `name`, which is added if it is new.
    mutating func unitNumber(_ name: String) -> Int {
        if unitIndex == nil { unitIndex = Self.index(units, of: "unit") }
        // One hash for a look-up that may insert (a file names units by the hundred thousand).
        let next = units.count
        var number = next
        func take(_ stored: inout Int) {
            if stored < 0 { stored = next }
            number = stored
        }
        take(&unitIndex![name, default: -1])
        if number == next {
            units.append(name)
            cells.append(contentsOf: repeatElement(Self.missing, count: coders.count))
        }
        return number
    }

    /// The number of coder `name`, added if new.
    mutating func coderNumber(_ name: String) -> Int { coderIndex[name] ?? appendCoder(name) }

    /// The number of category `value`, added if new.
    mutating func categoryNumber(_ value: String) -> Int { categoryIndex[value] ?? appendCategory(value) }

    /// Records category number `category` for a unit and coder, unless the coder gave the unit
    /// another value already.
    /// - Returns: false when the coder already gave the unit a different value.
    mutating func record(category: Int, unit: Int, coder: Int) -> Bool {
        let cell = unit * coders.count + coder
        if cells[cell] == Self.missing {
            cells[cell] = Int32(category)
            return true
        }
        return cells[cell] == Int32(category)
    }

    /// Adds a column: the matrix is laid out again with the wider rows. This happens once per
    /// coder, so data listed coder by coder costs units × coders² in all, which is small.
    private mutating func appendCoder(_ name: String) -> Int {
        let oldWidth = coders.count
        coderIndex[name] = oldWidth
        coders.append(name)
        var widened = [Int32](repeating: Self.missing, count: units.count * (oldWidth + 1))
        for unit in units.indices {
            for coder in 0..<oldWidth {
                widened[unit * (oldWidth + 1) + coder] = cells[unit * oldWidth + coder]
            }
        }
        cells = widened
        return oldWidth
    }

    private mutating func appendCategory(_ value: String) -> Int {
        precondition(categories.count < Int(Int32.max), "too many categories")
        categoryIndex[value] = categories.count
        categories.append(value)
        return categories.count - 1
    }

    private static func index(_ names: [String], of kind: String) -> [String: Int] {
        var index: [String: Int] = [:]
        index.reserveCapacity(names.count)
        for (number, name) in names.enumerated() {
            precondition(index.updateValue(number, forKey: name) == nil, "\(kind) '\(name)' appears twice")
        }
        return index
    }
}
