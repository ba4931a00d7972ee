/// Edit distance (optimal string alignment), counted in characters or any other elements.
enum EditDistance {
    /// The number of insertions, deletions, substitutions and swaps of two neighbouring
    /// characters that turn `a` into `b` (`nmae` → `name` is one edit).
    ///
    /// - Complexity: O(a.count × b.count) time, O(b.count) memory.
    static func between(_ a: String, _ b: String) -> Int {
        between(Array(a), Array(b))
    }

    /// The edit distance between two sequences of any comparable elements (such as Unicode scalars).
    static func between<Element: Equatable>(_ a: [Element], _ b: [Element]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var beforePrevious = Array(repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count]
    }
}
