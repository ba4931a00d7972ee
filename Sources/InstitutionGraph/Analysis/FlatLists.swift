/// Lists of small integers packed into two flat arrays, for tight loops: list `k` is
/// `values[offsets[k]..<offsets[k + 1]]`.
struct FlatLists {
    let offsets: [Int32]
    let values: [Int32]

    /// Packs `lists`, keeping each list's order.
    ///
    /// - Complexity: O(total length)
    init(_ lists: [[Int]]) {
        var offsets = [Int32](repeating: 0, count: lists.count + 1)
        var values: [Int32] = []
        values.reserveCapacity(lists.reduce(0) { $0 + $1.count })
        for (index, list) in lists.enumerated() {
            for value in list { values.append(Int32(value)) }
            offsets[index + 1] = Int32(values.count)
        }
        self.offsets = offsets
        self.values = values
    }
}
