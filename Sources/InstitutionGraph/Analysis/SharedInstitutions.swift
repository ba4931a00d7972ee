/// An institution that sits in more than one consortium (or in at least a chosen number).
public struct SharedInstitution: Sendable, Equatable {
    /// The institution's index in ``Dataset/institutions``.
    public var institution: Int
    /// The indices of its consortia, in dataset order.
    public var consortia: [Int]

    /// An institution and its consortia (empty when only their number is known, as in a
    /// projection read from the Spark job's folder).
    public init(institution: Int, consortia: [Int]) {
        self.institution = institution
        self.consortia = consortia
    }
}

extension Dataset {
    /// Institutions in at least `minimumConsortia` consortia, most shared first, then by name.
    ///
    /// - Complexity: O(memberships + k log k) for k institutions returned.
    public func sharedInstitutions(minimumConsortia: Int = 2, language: Language = .english) -> [SharedInstitution] {
        // Each institution's number of consortia (a consortium listing it twice counts once),
        // then the consortia of those kept, in dataset order, side by side in one array.
        var counts = [Int](repeating: 0, count: institutions.count)
        var lastConsortium = [Int](repeating: -1, count: institutions.count)
        for (position, consortium) in consortia.enumerated() {
            for member in consortium.members where lastConsortium[member.institution] != position {
                lastConsortium[member.institution] = position
                counts[member.institution] += 1
            }
        }
        let kept = counts.indices.filter { counts[$0] >= minimumConsortia }
        var entryOf = [Int](repeating: -1, count: institutions.count)
        var firstSlot = [0]
        firstSlot.reserveCapacity(kept.count + 1)
        for (entry, institution) in kept.enumerated() {
            entryOf[institution] = entry
            firstSlot.append(firstSlot[entry] + counts[institution])
        }
        var listed = [Int](repeating: 0, count: firstSlot[kept.count])
        var nextSlot = firstSlot
        for (position, consortium) in consortia.enumerated() {
            for member in consortium.members where entryOf[member.institution] >= 0 {
                let entry = entryOf[member.institution]
                guard nextSlot[entry] == firstSlot[entry] || listed[nextSlot[entry] - 1] != position else { continue }
                listed[nextSlot[entry]] = position
                nextSlot[entry] += 1
            }
        }
        let shared = kept.enumerated().map { entry, institution in
            SharedInstitution(institution: institution, consortia: Array(listed[firstSlot[entry]..<firstSlot[entry + 1]]))
        }
        let names = kept.map { institutions[$0].name.preferred(language) }
        let order = shared.indices.sorted { first, second in
            let (firstCount, secondCount) = (firstSlot[first + 1] - firstSlot[first], firstSlot[second + 1] - firstSlot[second])
            return firstCount != secondCount ? firstCount > secondCount : names[first] < names[second]
        }
        return order.map { shared[$0] }
    }
}

extension MembershipGraph {
    /// The institutions in at least `minimumConsortia` consortia, most shared first, then by id:
    /// the institutions of what ``Dataset/sharedInstitutions(minimumConsortia:language:)`` gives
    /// of the dataset the table loads into, whose names are its ids. Each one's consortia are
    /// ``consortia(ofInstitution:)``, read from the graph rather than copied out.
    ///
    /// - Complexity: O(institutions + k log k) for k institutions returned.
    public func sharedInstitutionIndices(minimumConsortia: Int = 2) -> [Int] {
        let count = { (institution: Int) in bipartite.graph.degree(of: bipartite.node(institution: institution)) }
        return institutionIDs.indices.filter { count($0) >= minimumConsortia }.sorted { first, second in
            count(first) != count(second) ? count(first) > count(second) : institutionIDs[first] < institutionIDs[second]
        }
    }
}
