import OrderedCollections

/// A graph of a dataset ready to be written in an exchange format: nodes with their attributes,
/// weighted edges and the dataset's metadata, the same whatever the format.
///
/// Node ids are the dataset's ids; in the two-mode graph they are prefixed `c:` (consortia) and
/// `i:` (institutions), because a consortium may share its id with an institution. The two-mode
/// graph holds the whole dataset: ``DatasetLoader`` reads its GraphML, GEXF or node-link JSON back
/// as an equal dataset.
public struct ExportedGraph: Sendable {
    /// A consortium or an institution.
    public struct Node: Sendable, Equatable {
        /// A unique id: `kaist`, or `i:kaist` and `c:naver-cloud-team` in the two-mode graph.
        public var id: String
        /// The name in the language asked for (the other one when it is missing).
        public var label: String
        /// The Korean and English names as recorded.
        public var names: LocalizedName
        /// The institution's kind (empty when unrecorded), or `consortium`.
        public var kind: String
        public var side: NodeSide
        /// For institutions, the number of consortia they belong to.
        public var consortia: Int?
        /// For consortia, the number of members, lead included.
        public var members: Int?
        /// For institutions, the id of their parent institution or group, if any.
        public var parent: String?
        /// For institutions, their other names.
        public var aliases: [String]
        /// For institutions, their web address, if recorded.
        public var url: String?
        /// For institutions, their notes, if any.
        public var notes: String?
        /// The institution's or consortium's own attributes (`country`, `model`, …), in its order.
        public var attributes: OrderedDictionary<String, String>

        /// NetworkX's `bipartite` attribute: 0 for consortia (the top nodes), 1 for institutions.
        public var bipartite: Int { side == .consortium ? 0 : 1 }
    }

    /// An undirected edge between two nodes, given by their positions in ``nodes``.
    public struct Edge: Sendable, Equatable {
        public var source: Int
        public var target: Int
        /// 1 for a membership; shared consortia or shared institutions in a projection.
        public var weight: Double
        /// For memberships, `lead` or `member`.
        public var role: String?
        /// In a projection, the ids of the consortia (or institutions) the two ends share.
        public var via: [String]?
        /// For memberships, the membership's own attributes.
        public var attributes: [String: String]
    }

    /// What the graph is and where its data comes from.
    public struct Metadata: Sendable, Equatable {
        public var title: LocalizedName
        /// The dataset's source, as a one-line citation.
        public var source: String?
        /// The date the data describes.
        public var asOf: String?
        public var graph: GraphKind
        /// The dataset's source, part by part.
        public var sourceParts: DatasetSource?
        /// The dataset's groups, which are not nodes.
        public var groups: [InstitutionGroup]
    }

    public var nodes: [Node]
    public var edges: [Edge]
    public var metadata: Metadata

    /// The `graph` of `dataset`, labelled in `language`.
    ///
    /// - Complexity: O(memberships) for the two-mode graph; that of the projection otherwise.
    /// - Throws: ``ProjectionTooLarge`` when a projection would be too large to build.
    public init(_ dataset: Dataset, graph: GraphKind, language: Language = .english) throws(ProjectionTooLarge) {
        let bipartite = BipartiteGraph(dataset)
        try self.init(dataset, graph: graph, language: language, consortiaByInstitution: dataset.consortiaByInstitution()) { side throws(ProjectionTooLarge) in
            try bipartite.guardedProjection(onto: side)
        }
    }

    /// The `graph` of the dataset `analysis` analyses, from the graphs it has built.
    ///
    /// - Throws: ``ProjectionTooLarge`` when a projection would be too large to build.
    public init(_ analysis: DatasetAnalysis, graph: GraphKind, language: Language = .english) throws(ProjectionTooLarge) {
        try self.init(analysis.dataset, graph: graph, language: language, consortiaByInstitution: analysis.consortiaByInstitution) {
            side throws(ProjectionTooLarge) in
            side == .institution ? try analysis.institutionProjection() : try analysis.bipartite.guardedProjection(onto: side)
        }
    }

    /// The institutions projection of `network`, labelled in `language`: nodes carry their
    /// consortium counts and ties their shared consortia, without `via` (the consortia stayed
    /// where the projection was made).
    public init(_ network: InstitutionNetwork, language: Language = .english) {
        let dataset = network.dataset
        metadata = Metadata(title: dataset.title, source: nil, asOf: nil, graph: .institutions, sourceParts: nil, groups: [])
        nodes = dataset.institutions.indices.map {
            Self.institutionNode(dataset, $0, id: dataset.institutions[$0].id, consortia: network.consortiumCounts[$0], language: language)
        }
        edges = network.projection.edges.map { Edge(source: $0.source, target: $0.target, weight: $0.weight, role: nil, via: nil, attributes: [:]) }
    }

    /// Institution `index` of `dataset` as a node.
    private static func institutionNode(_ dataset: Dataset, _ index: Int, id: String, consortia: Int, language: Language) -> Node {
        let entry = dataset.institutions[index]
        return Node(
            id: id, label: entry.name.preferred(language), names: entry.name, kind: entry.kind?.rawValue ?? "",
            side: .institution, consortia: consortia, members: nil, parent: entry.parent,
            aliases: entry.aliases, url: entry.url, notes: entry.notes, attributes: entry.attributes)
    }

    private init(
        _ dataset: Dataset, graph: GraphKind, language: Language, consortiaByInstitution memberOf: [[Int]],
        projection: (NodeSide) throws(ProjectionTooLarge) -> CSRGraph
    ) throws(ProjectionTooLarge) {
        let institution = { (index: Int, id: String) in
            Self.institutionNode(dataset, index, id: id, consortia: memberOf[index].count, language: language)
        }
        let consortium = { (index: Int, id: String) in
            let entry = dataset.consortia[index]
            return Node(
                id: id, label: entry.name.preferred(language), names: entry.name, kind: "consortium",
                side: .consortium, consortia: nil, members: entry.members.count, parent: nil,
                aliases: [], url: nil, notes: nil, attributes: entry.attributes)
        }
        metadata = Metadata(
            title: dataset.title, source: dataset.source.map { $0.citation(in: language) }.flatMap { $0.isEmpty ? nil : $0 },
            asOf: dataset.asOf, graph: graph, sourceParts: dataset.source, groups: dataset.groups)
        switch graph {
        case .bipartite:
            let count = dataset.consortia.count
            nodes =
                dataset.consortia.indices.map { consortium($0, "c:" + dataset.consortia[$0].id) }
                + dataset.institutions.indices.map { institution($0, "i:" + dataset.institutions[$0].id) }
            edges = dataset.consortia.enumerated().flatMap { index, entry in
                entry.members.map {
                    Edge(source: index, target: count + $0.institution, weight: 1, role: $0.role.rawValue, via: nil, attributes: $0.attributes)
                }
            }
        case .institutions:
            nodes = dataset.institutions.indices.map { institution($0, dataset.institutions[$0].id) }
            edges = try projection(.institution).edges.map { edge in
                let shared = Set(memberOf[edge.source]).intersection(memberOf[edge.target]).sorted()
                return Edge(
                    source: edge.source, target: edge.target, weight: edge.weight, role: nil,
                    via: shared.map { dataset.consortia[$0].id }, attributes: [:])
            }
        case .consortia:
            let members = dataset.consortia.map { Set($0.institutionIndices) }
            nodes = dataset.consortia.indices.map { consortium($0, dataset.consortia[$0].id) }
            edges = try projection(.consortium).edges.map { edge in
                let shared = members[edge.source].intersection(members[edge.target]).sorted()
                return Edge(
                    source: edge.source, target: edge.target, weight: edge.weight, role: nil,
                    via: shared.map { dataset.institutions[$0].id }, attributes: [:])
            }
        }
    }

    /// The graph written in `format`.
    ///
    /// - Throws: ``XMLIndistinguishableNames`` when `format` is GraphML or GEXF and two node ids,
    ///   or two attribute names, differ only in characters XML cannot write.
    public func written(as format: GraphExportFormat) throws(XMLIndistinguishableNames) -> String {
        if format == .graphml || format == .gexf, let clash = xmlIndistinguishableNames(in: format) { throw clash }
        return switch format {
        case .graphml: GraphMLWriter.write(self)
        case .gexf: GEXFWriter.write(self)
        case .json: NodeLinkJSONWriter.write(self)
        case .pajek: PajekWriter.write(self)
        case .csv: EdgeListCSVWriter.write(self)
        }
    }

    /// A title line: `K-AI foundation model consortia (2025) — institutions projection`.
    var titleLine: String {
        let title = metadata.title.english ?? metadata.title.korean ?? ""
        let graph =
            switch metadata.graph {
            case .bipartite: "two-mode graph of consortia and institutions"
            case .institutions: "institutions projection (weight: shared consortia)"
            case .consortia: "consortia projection (weight: shared institutions)"
            }
        return "\(title) — \(graph)"
    }
}

/// A number as the exchange formats write it: integers without a fraction (`2`), others in the
/// shortest form that reads back exactly (`0.3333333333333333`).
func exportNumber(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
    return "\(value)"
}
