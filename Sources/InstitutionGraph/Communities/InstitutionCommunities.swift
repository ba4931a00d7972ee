/// Communities of institutions found by Louvain on a dataset's institutions projection, and how
/// they line up with the consortia.
public struct InstitutionCommunities: Sendable {
    /// One community and the consortium most of its members come from.
    public struct Community: Sendable, Equatable {
        /// Its institutions, in dataset order.
        public var members: [Int]
        /// The consortium with most memberships among its members (the first in dataset order on
        /// a tie), or `nil` when none of them is in a consortium.
        public var mainConsortium: Int?
        /// How many of the members belong to ``mainConsortium``.
        public var inMainConsortium: Int
    }

    /// The partition of the institutions, with its modularity.
    public let partition: CommunityPartition
    /// The communities, largest first, numbered as ``CommunityPartition/labels``.
    public let communities: [Community]
    /// The NMI between consortia and communities over memberships (see
    /// ``Dataset/consortiumAgreement(communityOf:)``).
    public let consortiumAgreement: Double
}

extension Dataset {
    /// Louvain communities of the institutions projection, weighted by shared consortia.
    ///
    /// - Complexity: that of ``CSRGraph/louvainCommunities(_:)`` on the projection.
    /// - Throws: ``ProjectionTooLarge`` when the projection would be too large to build.
    public func institutionCommunities(
        _ options: LouvainOptions = LouvainOptions(), weighting: ProjectionWeighting = .count
    ) throws(ProjectionTooLarge) -> InstitutionCommunities {
        institutionCommunities(
            projection: try BipartiteGraph(self).guardedProjection(onto: .institution, weighting: weighting),
            consortiaByInstitution: consortiaByInstitution(), options)
    }

    /// Louvain communities of `projection`, this dataset's institutions projection already built,
    /// with `memberOf` its ``consortiaByInstitution()``.
    public func institutionCommunities(
        projection: CSRGraph, consortiaByInstitution memberOf: [[Int]], _ options: LouvainOptions = LouvainOptions()
    ) -> InstitutionCommunities {
        let partition = projection.louvainCommunities(options)
        let communities = partition.communities.map { members in
            var counts = [Int](repeating: 0, count: consortia.count)
            for member in members {
                for consortium in memberOf[member] { counts[consortium] += 1 }
            }
            let main = counts.indices.max { (counts[$0], $1) < (counts[$1], $0) }.flatMap { counts[$0] > 0 ? $0 : nil }
            return InstitutionCommunities.Community(members: members, mainConsortium: main, inMainConsortium: main.map { counts[$0] } ?? 0)
        }
        return InstitutionCommunities(
            partition: partition, communities: communities, consortiumAgreement: consortiumAgreement(communityOf: partition.labels))
    }
}
