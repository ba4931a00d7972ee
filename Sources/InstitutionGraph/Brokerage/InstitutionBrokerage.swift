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
    /// - Parameter weighted: weigh ties by shared consortia for effective size and constraint
    ///   (NetworkX's `weight="weight"`); otherwise every tie counts 1. Roles ignore weights.
    /// - Complexity: O(Σᵥ *d*ᵥ²) on the projection.
    /// - Throws: ``ProjectionTooLarge`` when the projection would be too large to build.
    public func brokerage(weighted: Bool = true) throws(ProjectionTooLarge) -> InstitutionBrokerage {
        brokerage(projection: try BipartiteGraph(self).guardedProjection(onto: .institution), weighted: weighted)
    }

    /// Brokerage on `projection`, this dataset's institutions projection already built.
    public func brokerage(projection: CSRGraph, weighted: Bool = true) -> InstitutionBrokerage {
        var groupOf: [InstitutionKind?: Int] = [:]
        let groups = institutions.map { institution in
            if let group = groupOf[institution.kind] { return group }
            groupOf[institution.kind] = groupOf.count
            return groupOf.count - 1
        }
        return InstitutionBrokerage(
            holes: projection.structuralHoles(weighted: weighted), roles: projection.brokerageRoles(groups: groups),
            partners: institutions.indices.map(projection.degree(of:)))
    }
}
