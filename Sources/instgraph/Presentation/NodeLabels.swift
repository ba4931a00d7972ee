import InstitutionGraph

/// Who a dataset's consortia and institutions are, as a command prints them: from the whole
/// dataset, named in a language, or from a plain table read for its graph alone, whose ids are
/// its names in either language.
enum NodeLabels {
    case dataset(Dataset, Language)
    case table(MembershipGraph)

    /// What ``DatasetOptions/loadGraph()`` loaded, named in `language` where it can be.
    init(_ input: LoadedGraphInput, language: Language) {
        switch input {
        case .table(let table, _): self = .table(table)
        case .dataset(let loaded): self = .dataset(loaded.dataset, language)
        }
    }

    var title: String {
        switch self {
        case .dataset(let data, let language): data.title.preferred(language)
        case .table(let table): table.title.preferred(.english)
        }
    }

    /// Where the facts come from, in the dataset's language; a table records none.
    var source: String? {
        guard case .dataset(let data, let language) = self else { return nil }
        return data.source?.citation(in: language)
    }

    /// The date the facts describe; a table records none.
    var asOf: String? {
        guard case .dataset(let data, _) = self else { return nil }
        return data.asOf
    }

    var institutionCount: Int {
        switch self {
        case .dataset(let data, _): data.institutions.count
        case .table(let table): table.institutionIDs.count
        }
    }

    var consortiumCount: Int {
        switch self {
        case .dataset(let data, _): data.consortia.count
        case .table(let table): table.consortiumIDs.count
        }
    }

    func id(of node: BipartiteNode) -> String {
        switch (self, node.side) {
        case (.dataset(let data, _), .institution): data.institutions[node.index].id
        case (.dataset(let data, _), .consortium): data.consortia[node.index].id
        case (.table(let table), .institution): table.institutionIDs[node.index]
        case (.table(let table), .consortium): table.consortiumIDs[node.index]
        }
    }

    func name(of node: BipartiteNode) -> String {
        switch (self, node.side) {
        case (.dataset(let data, let language), .institution): data.institutions[node.index].name.preferred(language)
        case (.dataset(let data, let language), .consortium): data.consortia[node.index].name.preferred(language)
        case (.table, _): id(of: node)
        }
    }

    func kind(ofInstitution index: Int) -> InstitutionKind? {
        switch self {
        case .dataset(let data, _): data.institutions[index].kind
        case .table(let table): table.institutionKinds[index]
        }
    }
}
