import InstitutionGraph

/// Small random datasets for property tests, reproducible from a seed.
enum RandomDatasets {
    /// A dataset of `consortia` consortia drawing members from `institutions` institutions; each
    /// consortium has 1 to 6 distinct members, the first of which leads.
    static func make(seed: UInt64, consortia: Int, institutions: Int) -> Dataset {
        var generator = SplitMix64(seed: seed)
        let people = (0..<institutions).map { Institution(id: "i\($0)", name: LocalizedName(english: "Institution \($0)")) }
        let teams = (0..<consortia).map { index in
            let size = Int.random(in: 1...6, using: &generator)
            var chosen: [Int] = []
            while chosen.count < min(size, institutions) {
                let candidate = Int.random(in: 0..<institutions, using: &generator)
                if !chosen.contains(candidate) { chosen.append(candidate) }
            }
            let members = chosen.enumerated().map { Membership(institution: $1, role: $0 == 0 ? .lead : .member) }
            return Consortium(id: "c\(index)", name: LocalizedName(english: "Consortium \(index)"), members: members)
        }
        return Dataset(title: LocalizedName(english: "random"), institutions: people, consortia: teams)
    }
}

/// The library's deterministic generator (SplitMix64), so property tests reproduce.
typealias SplitMix64 = SeededRandom
