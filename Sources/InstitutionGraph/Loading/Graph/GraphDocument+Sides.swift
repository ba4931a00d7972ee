import Foundation

extension GraphDocument {
    /// Each node's side of the two-mode graph: its `side` attribute (instgraph's `consortium` or
    /// `institution`), or else its `bipartite` attribute (NetworkX's 0 or 1).
    ///
    /// `bipartite` 0 stands for consortia, the top set as instgraph writes it, unless nodes that
    /// carry both attributes say that 0 stands for institutions.
    ///
    /// - Parameter diagnostics: receives an error for each node without a side or with a wrong one.
    /// - Returns: each node's side, `nil` for the nodes the errors are about.
    /// - Throws: ``DatasetLoadError`` when no node has a side: the graph is one-mode.
    /// - Complexity: O(nodes)
    func sides(diagnostics: inout [Diagnostic]) throws -> [NodeSide?] {
        var reported = Set<Int>()
        func error(_ index: Int, _ message: String) {
            reported.insert(index)
            diagnostics.append(Diagnostic(.error, at: nodes[index].location, message))
        }
        let declared: [NodeSide?] = nodes.indices.map { index in
            guard let value = nodes[index].attributes["side"] else { return nil }
            guard let side = value.text.flatMap({ NodeSide(rawValue: $0.trimmingCharacters(in: .whitespaces).lowercased()) }) else {
                error(index, "\(nodes[index].description) has side \(value.compact); expected 'consortium' or 'institution'")
                return nil
            }
            return side
        }
        let parts: [Int?] = nodes.indices.map { index in
            guard let value = nodes[index].attributes["bipartite"] else { return nil }
            guard let part = value.integer, part == 0 || part == 1 else {
                error(index, "\(nodes[index].description) has bipartite \(value.compact); expected 0 (consortia) or 1 (institutions)")
                return nil
            }
            return part
        }
        if !nodes.isEmpty, !nodes.contains(where: { $0.attributes["side"] != nil || $0.attributes["bipartite"] != nil }) {
            throw DatasetLoadError(
                "this is a one-mode graph: no node has a 'bipartite' attribute (NetworkX's 0 for consortia, 1 for institutions) or a 'side' (consortium or institution), so consortia cannot be told from institutions; instgraph reads a two-mode graph of consortia and institutions, such as `instgraph export --graph bipartite` writes",
                at: SourceLocation(file: file))
        }

        // What bipartite 0 stands for, and the first node that said so.
        var zero: (side: NodeSide, node: Int)?
        for index in nodes.indices {
            guard let side = declared[index], let part = parts[index] else { continue }
            let zeroSide = part == 0 ? side : side.opposite
            guard let first = zero else {
                zero = (zeroSide, index)
                continue
            }
            if first.side != zeroSide {
                error(
                    index,
                    "\(nodes[index].description) is a \(side.rawValue) with bipartite \(part), but \(nodes[first.node].description) (at \(nodes[first.node].location.lineAndColumn)) makes bipartite 0 stand for \(first.side.rawValue)s; bipartite must mean the same side on every node"
                )
            }
        }
        let zeroSide = zero?.side ?? .consortium
        return nodes.indices.map { index in
            if reported.contains(index) { return nil }
            if let side = declared[index] ?? parts[index].map({ $0 == 0 ? zeroSide : zeroSide.opposite }) { return side }
            error(
                index,
                "\(nodes[index].description) has no side: give it 'bipartite' 0 for a consortium or 1 for an institution (or 'side'), as the other nodes have")
            return nil
        }
    }
}

extension NodeSide {
    /// The other side.
    var opposite: NodeSide { self == .consortium ? .institution : .consortium }
}
