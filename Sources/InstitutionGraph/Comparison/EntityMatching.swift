/// How an institution or consortium of one dataset was found in another.
public enum MatchBasis: String, Sendable, Codable {
    /// Both have the same id.
    case id
    /// Their ids differ, but a name or alias of one is a name or alias of the other, compared as
    /// members are (see ``NameNormalizer``): a renamed institution, or one given a new id.
    case name
}

/// One entity (institution or consortium) found in both datasets.
public struct EntityMatch: Sendable, Equatable {
    /// Its index in the old dataset.
    public var old: Int
    /// Its index in the new dataset.
    public var new: Int
    /// How it was found.
    public var basis: MatchBasis

    public init(old: Int, new: Int, basis: MatchBasis) {
        self.old = old
        self.new = new
        self.basis = basis
    }
}

/// Pairs the entities of two lists: first by id, then through names and aliases.
enum EntityMatching {
    /// An entity as matching sees it: its id and every name it goes by.
    struct Entry {
        var id: String
        var names: [String]
    }

    /// The matches between `old` and `new`, in the order of `new`.
    ///
    /// Entities with the same id match. The others match through names (``NameIndex``): an old
    /// and a new entity match when each is the only unmatched entity of its side that shares a
    /// name with the other, so one ambiguous name never pairs the wrong two.
    ///
    /// - Complexity: O((old + new) × names) expected.
    static func match(old: [Entry], new: [Entry]) -> [EntityMatch] {
        var oldByID: [String: Int] = [:]
        for (position, entry) in old.enumerated() where oldByID[entry.id] == nil { oldByID[entry.id] = position }
        var newForOld = [Int?](repeating: nil, count: old.count)
        var oldForNew = [Int?](repeating: nil, count: new.count)
        for (position, entry) in new.enumerated() {
            if let match = oldByID[entry.id], newForOld[match] == nil {
                newForOld[match] = position
                oldForNew[position] = match
            }
        }
        let unmatchedOld = old.indices.filter { newForOld[$0] == nil }
        let unmatchedNew = new.indices.filter { oldForNew[$0] == nil }
        var oldIndex = NameIndex<Int>()
        for position in unmatchedOld { oldIndex.add(position, id: old[position].id, names: old[position].names) }
        var newIndex = NameIndex<Int>()
        for position in unmatchedNew { newIndex.add(position, id: new[position].id, names: new[position].names) }
        let candidates = { (index: NameIndex<Int>, entry: Entry) in
            Set((entry.names + [entry.id]).flatMap { index.entries(named: $0) })
        }
        var byName: [Int: Int] = [:]
        for position in unmatchedNew {
            let olds = candidates(oldIndex, new[position])
            guard olds.count == 1, let match = olds.first else { continue }
            let news = candidates(newIndex, old[match])
            if news == [position] { byName[position] = match }
        }
        return new.indices.compactMap { position in
            if let match = oldForNew[position] { return EntityMatch(old: match, new: position, basis: .id) }
            if let match = byName[position] { return EntityMatch(old: match, new: position, basis: .name) }
            return nil
        }
    }
}

extension Institution {
    var matchingEntry: EntityMatching.Entry { .init(id: id, names: name.all + aliases) }
}

extension Consortium {
    var matchingEntry: EntityMatching.Entry { .init(id: id, names: name.all) }
}
