import Foundation
import OrderedCollections

extension GraphDocument {
    /// The dataset a two-mode graph holds, for ``DatasetAssembler`` to check like any other input.
    ///
    /// Consortium nodes become consortia and institution nodes institutions, in node order (see
    /// ``sides(diagnostics:)``); each edge is a membership, in edge order, with its `role` (`lead`
    /// or `member`, member when absent) and its other attributes. A node's names are its `name_ko`
    /// and `name_en`, else its `name`, else its `label`, else its id; its other attributes beside
    /// the built-in ones (see ``AttributeName``) become the institution's or consortium's own. When
    /// instgraph wrote the file (`generator` is `instgraph`), the `c:` and `i:` its ids start with
    /// are removed. The graph's attributes give the title, source, date and groups.
    ///
    /// - Throws: ``DatasetLoadError`` for one of instgraph's projections and for a one-mode graph;
    ///   the errors found in nodes and edges are returned in the draft's diagnostics.
    func datasetDraft() throws -> DatasetDraft {
        if let graph = attributes["graph"], let kind = graph.text.flatMap(GraphKind.init(rawValue:)), kind != .bipartite {
            throw DatasetLoadError(
                "this is instgraph's \(kind.rawValue) projection, a one-mode graph of \(kind.rawValue) that no longer says who belongs to which consortium; instgraph reads a two-mode graph of consortia and institutions: export one with `instgraph export --graph bipartite`",
                at: graph.location)
        }
        var draft = DatasetDraft(location: SourceLocation(file: file))
        var diagnostics: [Diagnostic] = []
        collecting(into: &diagnostics) { try readMetadata(into: &draft) }
        let sides = try sides(diagnostics: &diagnostics)
        let writtenByInstgraph = attributes["generator"]?.text?.trimmingCharacters(in: .whitespaces) == "instgraph"

        var positions: [String: Int] = [:]
        var consortia: [String: Int] = [:]
        var institutionIDs: [String: String] = [:]
        for (index, node) in nodes.enumerated() {
            if let first = positions[node.id] {
                diagnostics.append(
                    Diagnostic(
                        .error, at: node.location,
                        "\(node.description) is declared twice (first at \(nodes[first].location.lineAndColumn)); node ids must be unique"))
                continue
            }
            positions[node.id] = index
            guard let side = sides[index] else { continue }
            let prefix = side == .consortium ? "c:" : "i:"
            // Compared and cut as bytes: an id that starts with a combining mark (`c:` + U+0316)
            // joins the colon in one Character, which `hasPrefix` would not match.
            let id =
                writtenByInstgraph && node.id.utf8.starts(with: prefix.utf8)
                ? String(Substring(node.id.utf8.dropFirst(prefix.utf8.count))) : node.id
            collecting(into: &diagnostics) {
                switch side {
                case .consortium:
                    consortia[node.id] = draft.consortia.count
                    draft.consortia.append(consortium(node, id: id))
                case .institution:
                    draft.institutions.append(try institution(node, id: id))
                    institutionIDs[node.id] = id
                }
            }
        }

        for edge in edges {
            let ends = [edge.source, edge.target].map { id in
                let position = positions[id]
                if position == nil {
                    diagnostics.append(
                        Diagnostic(
                            .error, at: edge.location, "\(edge.description) names node '\(id)', which the graph does not have; add the node or fix the edge"))
                }
                return position
            }
            guard let source = ends[0], let target = ends[1], let sourceSide = sides[source], let targetSide = sides[target] else { continue }
            guard sourceSide != targetSide else {
                diagnostics.append(
                    Diagnostic(
                        .error, at: edge.location,
                        "\(edge.description) joins two \(sourceSide == .consortium ? "consortia" : "institutions"); a two-mode graph links consortia only to institutions, so this looks like a projection or a one-mode graph. instgraph reads a two-mode graph of consortia and institutions, such as `instgraph export --graph bipartite` writes"
                    ))
                continue
            }
            let (consortiumNode, institutionNode) = sourceSide == .consortium ? (source, target) : (target, source)
            // A node that could not be read has its error already.
            guard let consortium = consortia[nodes[consortiumNode].id], let institution = institutionIDs[nodes[institutionNode].id] else { continue }
            collecting(into: &diagnostics) {
                draft.consortia[consortium].members.append(try member(edge, institution: institution))
            }
        }
        draft.diagnostics = diagnostics
        return draft
    }

    // MARK: Nodes and edges

    private func institution(_ node: Node, id: String) throws -> DatasetDraft.Institution {
        let text = { (name: String) in node.attributes[name]?.text }
        return DatasetDraft.Institution(
            id: id, name: name(of: node), kind: text("kind").map(InstitutionKind.init(rawValue:)),
            aliases: try node.attributes["aliases"].map { try $0.strings("the aliases of \(node.description)") } ?? [],
            parent: node.attributes["parent"].flatMap { value in value.text.map { DatasetDraft.Reference(text: $0, location: value.location) } },
            url: text("url"), notes: text("notes"), attributes: ownAttributes(of: node, side: .institution),
            location: node.location)
    }

    private func consortium(_ node: Node, id: String) -> DatasetDraft.Consortium {
        DatasetDraft.Consortium(
            id: id, name: name(of: node), members: [], attributes: ownAttributes(of: node, side: .consortium),
            location: node.location)
    }

    private func member(_ edge: Edge, institution: String) throws -> DatasetDraft.Member {
        var role = MembershipRole.member
        if let value = edge.attributes["role"], let text = value.text {
            guard let parsed = MembershipRole(parsing: text) else {
                throw DatasetLoadError("\(edge.description) has role '\(text)'; expected 'lead' or 'member'", at: value.location)
            }
            role = parsed
        }
        var attributes: [String: String] = [:]
        for (name, value) in edge.attributes {
            if let own = AttributeName.own(name, reserved: AttributeName.reservedForEdges), let text = value.text {
                attributes[own] = text
            }
        }
        return DatasetDraft.Member(
            reference: DatasetDraft.Reference(text: institution, location: edge.location), role: role, kind: nil,
            attributes: attributes)
    }

    /// `name_ko` and `name_en`; else `name` (NetworkX's usual attribute), `label` or the id, in
    /// the language its letters suggest.
    private func name(of node: Node) -> LocalizedName {
        let korean = node.attributes["name_ko"]?.text
        let english = node.attributes["name_en"]?.text
        if korean != nil || english != nil { return LocalizedName(korean: korean, english: english) }
        let single = ["name", "label"].lazy.compactMap { node.attributes[$0]?.text }.first { !$0.isEmpty }
        return LocalizedName(guessingLanguageOf: single ?? node.id)
    }

    /// The node's attributes that are not built in, under their own names. A consortium has no
    /// aliases, parent, url, notes or kind of its own, so those are kept among its attributes too
    /// (except the `kind` `consortium` instgraph writes).
    private func ownAttributes(of node: Node, side: NodeSide) -> OrderedDictionary<String, String> {
        let keptForConsortia: Set = ["aliases", "parent", "url", "notes", "kind"]
        var result: OrderedDictionary<String, String> = [:]
        for (name, value) in node.attributes {
            guard let text = value.text else { continue }
            if let own = AttributeName.own(name, reserved: AttributeName.reservedForNodes) {
                result[own] = text
            } else if side == .consortium, keptForConsortia.contains(name), !(name == "kind" && text == "consortium") {
                result[name] = text
            }
        }
        return result
    }

    // MARK: Graph attributes

    private func readMetadata(into draft: inout DatasetDraft) throws {
        let text = { (name: String) in attributes[name]?.text }
        if text("title_ko") != nil || text("title_en") != nil {
            draft.title = LocalizedName(korean: text("title_ko"), english: text("title_en"))
        } else if let name = text("name"), !name.isEmpty {
            draft.title = LocalizedName(guessingLanguageOf: name)
        }
        // In two languages as instgraph writes them (`source_title_ko`, `source_title_en`), or in
        // one (`source_title`).
        let localized = { (name: String) -> LocalizedName? in
            if text(name + "_ko") != nil || text(name + "_en") != nil {
                return LocalizedName(korean: text(name + "_ko"), english: text(name + "_en"))
            }
            return text(name).map(LocalizedName.init(guessingLanguageOf:))
        }
        let parts = DatasetSource(
            title: localized("source_title"), publisher: localized("source_publisher"), url: text("source_url"), date: text("source_date"))
        if parts != DatasetSource() {
            draft.source = parts
        } else if let citation = text("source") {
            draft.source = DatasetSource(title: LocalizedName(guessingLanguageOf: citation))
        }
        draft.asOf = text("as_of")
        if let groups = attributes["groups"] {
            draft.groups = try readGroups(groups)
        }
    }

    /// `groups`: an array of objects with `id`, `name` (`ko`, `en`, or one text) and `aliases`.
    private func readGroups(_ value: GraphValue) throws -> [DatasetDraft.Group] {
        let list = try value.embeddedJSON("'groups'")
        guard case .array(let items) = list.content else {
            throw DatasetLoadError("'groups' should be a JSON array of groups; found \(list.compact)", at: list.location)
        }
        return try items.map { item in
            guard let members = item.members else {
                throw DatasetLoadError("a group in 'groups' should be an object with 'id', 'name' and 'aliases'; found \(item.compact)", at: item.location)
            }
            let fields = OrderedDictionary(members, uniquingKeysWith: { $1 })
            guard let idValue = fields["id"], case .string(let id) = idValue.content else {
                throw DatasetLoadError("a group in 'groups' needs an 'id' text; found \(item.compact)", at: item.location)
            }
            return DatasetDraft.Group(
                id: id, name: try groupName(fields["name"], id: id),
                aliases: try fields["aliases"].map { try $0.strings("the aliases of group '\(id)'") } ?? [],
                location: item.location)
        }
    }

    private func groupName(_ value: GraphValue?, id: String) throws -> LocalizedName {
        guard let value else { return LocalizedName(guessingLanguageOf: id) }
        if case .string(let text) = value.content { return LocalizedName(guessingLanguageOf: text) }
        guard let members = value.members else {
            throw DatasetLoadError("the name of group '\(id)' should be an object with 'ko' and 'en', or a text; found \(value.compact)", at: value.location)
        }
        var name = LocalizedName()
        for (key, part) in members {
            guard let language = Language(rawValue: key), case .string(let text) = part.content else {
                throw DatasetLoadError(
                    "the name of group '\(id)' has \(JSONValue.quoted(key)): \(part.compact); expected 'ko' and 'en' texts", at: part.location)
            }
            switch language {
            case .korean: name.korean = text
            case .english: name.english = text
            }
        }
        return name
    }

    /// Runs `body`, adding the diagnostics of a ``DatasetLoadError`` it throws to `diagnostics`.
    private func collecting(into diagnostics: inout [Diagnostic], _ body: () throws -> Void) {
        do {
            try body()
        } catch let error as DatasetLoadError {
            diagnostics += error.diagnostics
        } catch {
            diagnostics.append(Diagnostic(.error, at: SourceLocation(file: file), "\(error)"))
        }
    }
}
