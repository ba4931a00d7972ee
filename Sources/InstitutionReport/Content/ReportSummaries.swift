import InstitutionGraph
import NetworkDiagrams

/// Plain-language sentences computed from the data: the report's lead paragraph, and a text
/// alternative for each diagram.
struct ReportSummaries {
    /// `5 consortia bring together 47 institutions in 53 memberships. KAIST is in 4 of the 5
    /// consortia; 6 institutions are in more than one. …`
    let lead: String
    /// What each diagram shows, for readers who cannot see it.
    let diagrams: [GraphKind: String]

    /// The sentences for `parts`' dataset, in `parts`' language.
    ///
    /// - Complexity: O(memberships), with the institutions projection if already built.
    init(_ parts: ReportParts) {
        if let network = parts.network {
            self.init(network, language: parts.language)
        } else {
            self.init(memberships: parts)
        }
    }

    /// The sentences for a dataset with its memberships.
    private init(memberships parts: ReportParts) {
        let analysis = parts.analysis
        let dataset = analysis.dataset
        let korean = parts.language == .korean
        let memberOf = analysis.consortiaByInstitution
        let institution = { (index: Int) in dataset.institutions[index].name.preferred(parts.language) }
        let consortium = { (index: Int) in dataset.consortia[index].name.preferred(parts.language) }
        let (consortia, institutions) = (dataset.consortia.count, dataset.institutions.count)

        let size =
            korean
            ? "컨소시엄 \(consortia.groupedDigits)개에 기관 \(institutions.groupedDigits)곳이 참여합니다(참여 관계 \(dataset.membershipCount.groupedDigits)건)."
            : "\(consortia.groupedDigits) consortia bring together \(institutions.groupedDigits) institutions in \(dataset.membershipCount.groupedDigits) memberships."

        let sharedCount = memberOf.count { $0.count > 1 }
        let most = memberOf.map(\.count).max() ?? 0
        let mostShared = memberOf.indices.filter { memberOf[$0].count == most }
        let sharing: String
        if sharedCount == 0 {
            sharing = korean ? "둘 이상의 컨소시엄에 참여하는 기관은 없습니다." : "No institution is in more than one consortium."
        } else {
            let names = Self.list(mostShared.prefix(3).map(institution), more: mostShared.count - 3, korean: korean)
            if korean {
                sharing =
                    "\(names)\(KoreanParticle.topic(after: names)) 컨소시엄 \(consortia.groupedDigits)개 중 \(most.groupedDigits)개에 참여하며, 둘 이상에 참여하는 기관은 \(sharedCount.groupedDigits)곳입니다."
            } else {
                let verb = mostShared.count == 1 ? "is" : "are"
                sharing =
                    "\(names) \(verb) in \(most.groupedDigits) of the \(consortia.groupedDigits) consortia; \(sharedCount.groupedDigits) institution\(sharedCount == 1 ? " is" : "s are") in more than one."
            }
        }

        var overlapping = [Bool](repeating: false, count: consortia)
        for list in memberOf where list.count > 1 { for index in list { overlapping[index] = true } }
        let alone = overlapping.indices.filter { !overlapping[$0] }
        var isolation: String?
        if !alone.isEmpty && alone.count < consortia {
            if alone.count <= 3 {
                let names = Self.list(alone.map(consortium), more: 0, korean: korean)
                isolation =
                    korean
                    ? "\(names)\(KoreanParticle.topic(after: names)) 다른 컨소시엄과 공유하는 기관이 없습니다."
                    : "\(names) share\(alone.count == 1 ? "s" : "") no institution with the others."
            } else {
                isolation =
                    korean
                    ? "컨소시엄 \(alone.count.groupedDigits)개는 다른 컨소시엄과 공유하는 기관이 없습니다."
                    : "\(alone.count.groupedDigits) consortia share no institution with any other."
            }
        }

        let largest = parts.overlaps.pairs.max { ($0.shared.count, $1.first) < ($1.shared.count, $0.first) }
        let overlap = largest.map { pair in
            let (a, b, n) = (consortium(pair.first), consortium(pair.second), pair.shared.count)
            return korean
                ? "가장 많이 겹치는 쌍은 \(a)\(KoreanParticle.and(after: a)) \(b)\(KoreanParticle.via(after: b)), 기관 \(n.groupedDigits)곳을 공유합니다."
                : "The largest overlap: \(a) and \(b) share \(n.groupedDigits) institution\(n == 1 ? "" : "s")."
        }

        lead = ([size, sharing] + [isolation, overlap].compactMap { $0 }).joined(separator: " ")

        let ties = (try? analysis.institutionProjection()).map { projection in
            let busiest = (0..<projection.nodeCount).max { (projection.degree(of: $0), $1) < (projection.degree(of: $1), $0) }
            let partners = busiest.map { (institution($0), projection.degree(of: $0)) }
            if korean {
                return "같은 컨소시엄에 참여하는 기관끼리 연결됩니다: 연결 \(projection.edgeCount.groupedDigits)개."
                    + (partners.map { " 가장 많이 연결된 기관은 \($0.0)(\($0.1.groupedDigits)곳)입니다." } ?? "")
            }
            return "Institutions are linked when they share a consortium: \(projection.edgeCount.groupedDigits) ties."
                + (partners.map { " The most linked is \($0.0), with \($0.1.groupedDigits) partner\($0.1 == 1 ? "" : "s")." } ?? "")
        }
        let pairs: Int = consortia * (consortia - 1) / 2
        let overlappingPairs: Int = parts.overlaps.total
        let overlapsLine =
            korean
            ? "기관을 공유하는 컨소시엄끼리 연결됩니다: \(pairs.groupedDigits)쌍 중 \(overlappingPairs.groupedDigits)쌍이 겹칩니다."
            : "Consortia are linked when they share institutions: \(overlappingPairs.groupedDigits) of \(pairs.groupedDigits) pairs overlap."
        let membership = korean ? "선 하나가 참여 관계 하나입니다." : "Each line is a membership."
        diagrams = [
            .bipartite: [size, membership, sharing].joined(separator: " "),
            .institutions: ties ?? size,
            .consortia: ([overlapsLine] + [overlap].compactMap { $0 }).joined(separator: " "),
        ]
    }

    /// The sentences for a projection read from the Spark job's folder: its size (and the
    /// membership table's, when the job counted it), the most shared institutions and the pair
    /// of consortia that overlaps most.
    private init(_ network: InstitutionNetwork, language: Language) {
        let strings = ProjectionStrings(language)
        let korean = language == .korean
        let counts = network.consortiumCounts
        let count = { (measure: String) in network.counts.first { $0.measure == measure }?.count }
        let ties = network.projection.edgeCount
        let size = strings.size(
            institutions: network.dataset.institutions.count, ties: ties, consortia: count("consortia"), memberships: count("memberships"))
        let most = counts.max() ?? 0
        let mostShared = counts.indices.filter { counts[$0] == most }
        let names = Self.list(
            mostShared.prefix(3).map { network.dataset.institutions[$0].name.preferred(language) }, more: mostShared.count - 3, korean: korean)
        let sharing = strings.sharing(names: names, count: mostShared.count, most: most, shared: counts.count { $0 > 1 })
        lead = ([size, sharing] + (network.overlaps.first.map { [strings.largestOverlap($0)] } ?? [])).joined(separator: " ")
        let linked =
            korean
            ? "같은 컨소시엄에 참여하는 기관끼리 연결됩니다: 연결 \(ties.groupedDigits)개."
            : "Institutions are linked when they share a consortium: \(ties.groupedDigits) ties."
        diagrams = [.institutions: linked]
    }

    /// `A`, `A and B`, `A, B and C`, or `A, B, C and 4 others` (`A, B, C 외 4곳` in Korean).
    private static func list(_ names: [String], more: Int, korean: Bool) -> String {
        if korean { return names.joined(separator: ", ") + (more > 0 ? " 외 \(more.groupedDigits)곳" : "") }
        let items = names + (more > 0 ? ["\(more.groupedDigits) others"] : [])
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + (items.last ?? "")
    }
}
