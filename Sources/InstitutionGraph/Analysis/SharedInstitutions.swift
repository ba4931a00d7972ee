/// An institution that sits in more than one consortium (or in at least a chosen number).
public struct SharedInstitution: Sendable, Equatable {
    /// The institution's index in ``Dataset/institutions``.
    public var institution: Int
    /// The indices of its consortia, in dataset order.
    public var consortia: [Int]
}

extension Dataset {
    /// Institutions in at least `minimumConsortia` consortia, most shared first, then by name.
    ///
    /// - Complexity: O(memberships + k log k) for k institutions returned.
    public func sharedInstitutions(minimumConsortia: Int = 2, language: Language = .english) -> [SharedInstitution] {
        let shared = consortiaByInstitution().enumerated()
            .filter { $0.element.count >= minimumConsortia }
            .map { SharedInstitution(institution: $0.offset, consortia: $0.element) }
        return shared.sorted {
            ($1.consortia.count, institutions[$0.institution].name.preferred(language))
                < ($0.consortia.count, institutions[$1.institution].name.preferred(language))
        }
    }
}
