extension Dataset {
    /// The part of the dataset made of the kept consortia and the kept institutions in them.
    ///
    /// A consortium left without members is dropped; institutions keep their order, and those in
    /// no kept consortium are dropped too. Groups, title and source are kept.
    ///
    /// - Complexity: O(institutions + memberships)
    public func subset(keepingConsortium keepsConsortium: (Int) -> Bool, institution keepsInstitution: (Int) -> Bool) -> Dataset {
        var used = [Bool](repeating: false, count: institutions.count)
        var keptConsortia: [Consortium] = []
        for (index, consortium) in consortia.enumerated() where keepsConsortium(index) {
            var kept = consortium
            kept.members = consortium.members.filter { keepsInstitution($0.institution) }
            guard !kept.members.isEmpty else { continue }
            for member in kept.members { used[member.institution] = true }
            keptConsortia.append(kept)
        }
        var newIndex = [Int](repeating: -1, count: institutions.count)
        var keptInstitutions: [Institution] = []
        for (index, institution) in institutions.enumerated() where used[index] {
            newIndex[index] = keptInstitutions.count
            keptInstitutions.append(institution)
        }
        for consortium in keptConsortia.indices {
            for member in keptConsortia[consortium].members.indices {
                keptConsortia[consortium].members[member].institution = newIndex[keptConsortia[consortium].members[member].institution]
            }
        }
        return Dataset(title: title, source: source, asOf: asOf, institutions: keptInstitutions, groups: groups, consortia: keptConsortia)
    }
}
