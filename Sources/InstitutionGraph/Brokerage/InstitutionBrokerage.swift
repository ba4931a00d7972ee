/// Who brokers between whom on a dataset's institutions projection: Burt's structural holes
/// (weighted by shared consortia) and Gould–Fernandez roles with the institution's kind as its
/// group.
public struct InstitutionBrokerage: Sendable {
    /// Effective size, efficiency and constraint of each institution (NaN for one in no consortium
    /// with others).
    public let holes: StructuralHoles
    /// The brokerage roles of each institution, groups being kinds (an institution without a kind
    /// is in a group of its own kind, "unspecified").
    public let roles: [BrokerageRoleCounts]
    /// Each institution's number of partners (its degree in the projection).
    public let partners: [Int]

    /// The institutions, best-placed brokers first: highest effective size, then lowest
    /// constraint, then dataset order; institutions without partners last.
    public var ranking: [Int] {
        partners.indices.sorted { a, b in
            let (sa, sb) = (holes.effectiveSize[a], holes.effectiveSize[b])
            if sa.isNaN != sb.isNaN { return sb.isNaN }
            if !sa.isNaN, abs(sa - sb) > 1e-12 { return sa > sb }
            let (ca, cb) = (holes.constraint[a], holes.constraint[b])
            if !ca.isNaN, !cb.isNaN, abs(ca - cb) > 1e-12 { return ca < cb }
            return a < b
        }
    }
}

extension Dataset {
    /// Brokerage on the institutions projection (see ``InstitutionBrokerage``).
    ///
    /// - Parameters:
    ///   - weighted: weigh ties by shared consortia for effective size and constraint
    ///     (NetworkX's `weight="weight"`); otherwise every tie counts 1. Roles ignore weights.
    ///   - threads: how many threads to use; the results do not depend on it.
    /// - Complexity: that of ``brokerage(projection:weighted:threads:)``, after projecting.
    /// - Throws: ``ProjectionTooLarge`` when the projection would be too large to build.
    public func brokerage(weighted: Bool = true, threads: Int = CentralityOptions.defaultThreadCount) throws(ProjectionTooLarge) -> InstitutionBrokerage {
        brokerage(projection: try BipartiteGraph(self).guardedProjection(onto: .institution), weighted: weighted, threads: threads)
    }

    /// Brokerage on an institutions projection the caller already has (see
    /// ``InstitutionBrokerage``): structural holes and roles from one pass over its triangles.
    ///
    /// - Parameters:
    ///   - projection: the dataset's institutions projection, node `i` being institution `i`, as
    ///     ``BipartiteGraph/projection(onto:weighting:minimumWeight:threads:)`` onto ``NodeSide/institution``
    ///     makes it (weighted by shared consortia for the usual measures).
    ///   - weighted: use the projection's weights for effective size and constraint; otherwise
    ///     every tie counts 1. Roles ignore weights.
    ///   - threads: how many threads to use; the results do not depend on it.
    /// - Precondition: one projection node per institution.
    /// - Complexity: O(*m* + Σ_{{u,v}} min(*d*ᵤ, *d*ᵥ)) on the projection: for each tie, a pass
    ///   over the partners of its end with fewer partners.
    public func brokerage(projection: CSRGraph, weighted: Bool = true, threads: Int = CentralityOptions.defaultThreadCount) -> InstitutionBrokerage {
        precondition(projection.nodeCount == institutions.count, "the projection needs one node per institution")
        var groupOf: [InstitutionKind?: Int] = [:]
        let groups = institutions.map { institution in
            if let group = groupOf[institution.kind] { return group }
            groupOf[institution.kind] = groupOf.count
            return groupOf.count - 1
        }
        let (holes, roles) = BrokerageSweep.measures(of: projection, holes: true, weighted: weighted, groups: groups, threads: threads)
        return InstitutionBrokerage(holes: holes!, roles: roles!, partners: institutions.indices.map(projection.degree(of:)))
    }
}
