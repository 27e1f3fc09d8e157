/// The sums every agreement statistic is made of, gathered in one pass over the units.
///
/// Everything is counted in integers, so the statistics are exact fractions until the last
/// division. Notation (docs/agreement.md): a unit with `m` values has `n_uk` of them equal to
/// category `k`; it holds `Σ_k n_uk (n_uk − 1)` ordered pairs of agreeing values.
struct AgreementTally {
    let coderCount: Int
    /// `unitsWithValues[m]`: how many units have exactly `m` values.
    let unitsWithValues: [Int]
    /// `agreeingPairs[m]`: over the units with `m` values, the ordered pairs of values (from two
    /// different coders) that are equal.
    let agreeingPairs: [Int]
    /// Krippendorff's `n_k`: values equal to category `k` in units with two or more values.
    let pairableTotals: [Int]
    /// Fleiss' column totals: values equal to category `k` in units every coder rated.
    let completeTotals: [Int]
    /// Cohen's marginals: each of two coders' values in the units both rated (empty unless
    /// there are exactly two coders).
    let firstCoderTotals: [Int]
    let secondCoderTotals: [Int]

    /// - Parameter specialisingTwoCoders: false runs the general loop for two coders too (tests
    ///   compare the two).
    init(_ data: ReliabilityData, specialisingTwoCoders: Bool = true) {
        let coderCount = data.coders.count
        var sums = Sums(coders: coderCount, categories: data.categories.count)
        data.cells.withUnsafeBufferPointer { cells in
            if coderCount == 2 && specialisingTwoCoders {
                sums.addTwoCoderUnits(cells)
            } else {
                sums.addUnits(cells, coders: coderCount)
            }
        }
        if coderCount == 0 { sums.unitsWithValues[0] = data.units.count }
        self.coderCount = coderCount
        unitsWithValues = sums.unitsWithValues
        agreeingPairs = sums.agreeingPairs
        pairableTotals = sums.pairableTotals
        completeTotals = sums.completeTotals
        firstCoderTotals = sums.firstCoderTotals
        secondCoderTotals = sums.secondCoderTotals
    }

    /// The sums while they are being gathered.
    private struct Sums {
        var unitsWithValues: [Int]
        var agreeingPairs: [Int]
        var pairableTotals: [Int]
        var completeTotals: [Int]
        var firstCoderTotals: [Int]
        var secondCoderTotals: [Int]

        init(coders: Int, categories: Int) {
            unitsWithValues = [Int](repeating: 0, count: coders + 1)
            agreeingPairs = unitsWithValues
            pairableTotals = [Int](repeating: 0, count: categories)
            completeTotals = pairableTotals
            firstCoderTotals = coders == 2 ? pairableTotals : []
            secondCoderTotals = firstCoderTotals
        }

        /// Any number of coders. Per unit: how many of its values fell in each category, and
        /// which categories it touched (so clearing the counts costs as little as filling them).
        /// Raw buffers keep the loop quick in debug builds too.
        mutating func addUnits(_ cells: UnsafeBufferPointer<Int32>, coders coderCount: Int) {
            guard coderCount > 0 else { return }
            var counts = [Int](repeating: 0, count: pairableTotals.count)
            var touched = [Int](repeating: 0, count: coderCount)
            counts.withUnsafeMutableBufferPointer { counts in
                touched.withUnsafeMutableBufferPointer { touched in
                    for unit in 0..<cells.count / coderCount {
                        let row = unit * coderCount
                        var values = 0
                        var touchedCount = 0
                        for offset in row..<row + coderCount where cells[offset] != ReliabilityData.missing {
                            let category = Int(cells[offset])
                            if counts[category] == 0 {
                                touched[touchedCount] = category
                                touchedCount += 1
                            }
                            counts[category] += 1
                            values += 1
                        }
                        unitsWithValues[values] += 1
                        var pairs = 0
                        for index in 0..<touchedCount {
                            let category = touched[index]
                            let count = counts[category]
                            counts[category] = 0
                            guard values >= 2 else { continue }
                            pairs += count * (count - 1)
                            pairableTotals[category] += count
                            if values == coderCount { completeTotals[category] += count }
                        }
                        agreeingPairs[values] += pairs
                        if coderCount == 2 && values == 2 {
                            firstCoderTotals[Int(cells[row])] += 1
                            secondCoderTotals[Int(cells[row + 1])] += 1
                        }
                    }
                }
            }
        }

        /// Two coders, the common case: the same sums without per-unit category counts.
        mutating func addTwoCoderUnits(_ cells: UnsafeBufferPointer<Int32>) {
            var agreed = 0
            pairableTotals.withUnsafeMutableBufferPointer { pairable in
                firstCoderTotals.withUnsafeMutableBufferPointer { firstTotals in
                    secondCoderTotals.withUnsafeMutableBufferPointer { secondTotals in
                        for row in stride(from: 0, to: cells.count, by: 2) {
                            let first = cells[row]
                            let second = cells[row + 1]
                            guard first != ReliabilityData.missing && second != ReliabilityData.missing else {
                                unitsWithValues[first == second ? 0 : 1] += 1
                                continue
                            }
                            unitsWithValues[2] += 1
                            if first == second { agreed += 1 }
                            pairable[Int(first)] += 1
                            pairable[Int(second)] += 1
                            firstTotals[Int(first)] += 1
                            secondTotals[Int(second)] += 1
                        }
                    }
                }
            }
            agreeingPairs[2] = 2 * agreed
            completeTotals = pairableTotals
        }
    }

    /// Each unit's share of agreeing pairs of coders, Σ_k n_uk (n_uk − 1) / (m_u (m_u − 1)), averaged
    /// over the units with two or more values.
    var percentAgreement: Double? {
        var units = 0
        var shares = 0.0
        for values in 2..<max(2, coderCount + 1) {
            units += unitsWithValues[values]
            shares += Double(agreeingPairs[values]) / Double(values * (values - 1))
        }
        return units == 0 ? nil : shares / Double(units)
    }

    /// κ = (p_o − p_e) / (1 − p_e) = (N·A − S) / (N² − S), with N units both rated, A of them
    /// agreed on, and S = Σ_k r_k c_k from the two coders' marginals.
    var cohensKappa: Double? {
        guard coderCount == 2 else { return nil }
        let units = unitsWithValues[2]
        let agreements = agreeingPairs[2] / 2
        let chance = zip(firstCoderTotals, secondCoderTotals).reduce(0) { $0 + $1.0 * $1.1 }
        // p_e = 1 exactly when both coders gave every unit the same single value.
        guard units > 0, chance != units * units else { return nil }
        return (Double(units) * Double(agreements) - Double(chance)) / (Double(units * units - chance))
    }

    /// κ = (P̄ − P̄_e) / (1 − P̄_e) over the N units all n coders rated; with M = N·n values,
    /// Q = Σ n_uk² and S = Σ_k T_k² (T_k the category totals), κ = ((Q − M)·M − S·(n − 1)) / ((M² − S)·(n − 1)).
    var fleissKappa: Double? {
        guard coderCount >= 2 else { return nil }
        let coders = coderCount
        let values = unitsWithValues[coders] * coders
        let squares = agreeingPairs[coders] + values
        let chance = completeTotals.reduce(0) { $0 + $1 * $1 }
        // P̄_e = 1 exactly when all these values are one category.
        guard values > 0, chance != values * values else { return nil }
        let numerator = Double(squares - values) * Double(values) - Double(chance) * Double(coders - 1)
        return numerator / (Double(values * values - chance) * Double(coders - 1))
    }

    /// α = 1 − D_o / D_e = 1 − (n − 1)·(n − Σ_k o_kk) / (n² − Σ_k n_k²), where n counts the pairable
    /// values and Σ_k o_kk = Σ_units Σ_k n_uk (n_uk − 1) / (m_u − 1) is the coincidence matrix's diagonal.
    var krippendorffAlpha: Double? {
        var pairable = 0
        var diagonal = 0.0
        for values in 2..<max(2, coderCount + 1) {
            pairable += values * unitsWithValues[values]
            diagonal += Double(agreeingPairs[values]) / Double(values - 1)
        }
        let squares = pairableTotals.reduce(0) { $0 + $1 * $1 }
        // D_e = 0 exactly when all pairable values are one category (or there are none).
        guard pairable >= 2, squares != pairable * pairable else { return nil }
        return 1 - Double(pairable - 1) * (Double(pairable) - diagonal) / Double(pairable * pairable - squares)
    }
}
