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
    /// How many Louvain runs the partition is the best of.
    public let trials: Int
}

extension Dataset {
    /// Louvain communities of the institutions projection, weighted by shared consortia.
    ///
    /// - Complexity: that of ``CSRGraph/louvainCommunities(_:)`` on the projection.
    /// - Throws: ``ProjectionTooLarge`` when the projection would be too large to build.
    public func institutionCommunities(
        _ options: LouvainOptions = LouvainOptions(), weighting: ProjectionWeighting = .count
    ) throws(ProjectionTooLarge) -> InstitutionCommunities {
        institutionCommunities(projection: try BipartiteGraph(self).guardedProjection(onto: .institution, weighting: weighting), options)
    }

    /// Louvain communities of an institutions projection the caller already has.
    ///
    /// - Parameters:
    ///   - projection: the dataset's institutions projection, node `i` being institution `i`, as
    ///     ``BipartiteGraph/projection(onto:weighting:minimumWeight:threads:)`` onto ``NodeSide/institution``
    ///     makes it.
    ///   - options: Louvain's resolution, seed, trials and threads.
    ///   - memberOf: the consortia of each institution, as ``consortiaByInstitution()`` gives them,
    ///     when the caller has them.
    /// - Precondition: one projection node per institution.
    /// - Complexity: that of ``CSRGraph/louvainCommunities(_:)`` on the projection, plus
    ///   O(memberships) to match communities with consortia.
    public func institutionCommunities(
        projection: CSRGraph, _ options: LouvainOptions = LouvainOptions(), consortiaByInstitution memberOf: [[Int]]? = nil
    ) -> InstitutionCommunities {
        precondition(projection.nodeCount == institutions.count, "the projection needs one node per institution")
        let partition = projection.louvainCommunities(options)
        let memberOf = memberOf ?? consortiaByInstitution()
        var counts = [Int](repeating: 0, count: consortia.count)
        var seen: [Int] = []
        let communities = partition.communities.map { members in
            for member in members {
                for consortium in memberOf[member] {
                    if counts[consortium] == 0 { seen.append(consortium) }
                    counts[consortium] += 1
                }
            }
            // The most memberships, the first consortium in dataset order on a tie.
            var main: Int?
            for consortium in seen where main == nil || (counts[consortium], main!) > (counts[main!], consortium) {
                main = consortium
            }
            let inMain = main.map { counts[$0] } ?? 0
            for consortium in seen { counts[consortium] = 0 }
            seen.removeAll(keepingCapacity: true)
            return InstitutionCommunities.Community(members: members, mainConsortium: main, inMainConsortium: inMain)
        }
        return InstitutionCommunities(
            partition: partition, communities: communities, consortiumAgreement: consortiumAgreement(communityOf: partition.labels),
            trials: options.trials)
    }
}
