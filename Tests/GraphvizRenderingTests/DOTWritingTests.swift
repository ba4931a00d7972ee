import GraphvizRendering
import Testing

@Suite("Writing DOT with agwrite")
struct DOTWritingTests {
    let renderer = GraphvizRenderer.shared

    @Test("DOT reads back with every node, edge and cluster")
    func roundTrip() async throws {
        let graph = SampleGraphs.consortia
        let parsed = try await renderer.parse(dot: try await renderer.dot(graph))

        #expect(parsed.name == graph.name)
        #expect(!parsed.isDirected)
        #expect(parsed.nodes.sorted() == graph.nodes.map(\.id).sorted())
        #expect(
            Set(parsed.edges) == Set(graph.edges.map { ParsedGraph.Edge(tail: $0.tail, head: $0.head) }))
        #expect(parsed.edges.count == graph.edges.count)
        #expect(parsed.subgraphs.sorted() == ["cluster_lg", "cluster_naver"])
    }

    @Test("The same description always gives the same DOT, attributes in the order given")
    func deterministic() async throws {
        let graph = GraphDescription(
            name: "G", isDirected: true, attributes: ["rankdir": "LR"],
            nodeDefaults: ["shape": "box"],
            nodes: [.init("b", attributes: ["label": "Bee", "color": "red"]), .init("a")],
            edges: [.init("b", "a", key: "k")],
            subgraphs: [.cluster("x", attributes: ["label": "X"], nodes: ["a"])])

        let dot = try await renderer.dot(graph)

        #expect(try await renderer.dot(graph) == dot)
        #expect(
            dot == """
                digraph G {
                \tgraph [rankdir=LR];
                \tnode [label="\\N",
                \t\tshape=box
                \t];
                \tsubgraph cluster_x {
                \t\tgraph [label=X];
                \t\ta;
                \t}
                \tb\t[color=red,
                \t\tlabel=Bee];
                \tb -> a\t[key=k];
                }

                """)
    }

    @Test("Clusters are written in the order they were described")
    func clusterOrder() async throws {
        let names = ["zeta", "alpha", "mu", "beta", "omega", "kappa"]
        let graph = GraphDescription(
            nodes: names.map { .init($0) }, subgraphs: names.map { .cluster($0, nodes: [$0]) })

        let dot = try await renderer.dot(graph)

        let written = dot.split(separator: "\n").filter { $0.contains("subgraph cluster_") }.map {
            String($0.split(separator: " ")[1].dropFirst("cluster_".count))
        }
        #expect(written == names)
    }

    @Test("Edges without a key are all kept; edges with the same key are one")
    func edgeKeys() async throws {
        let graph = GraphDescription(
            nodes: [.init("a"), .init("b")],
            edges: [.init("a", "b"), .init("a", "b"), .init("a", "b", key: "k"), .init("a", "b", key: "k")])

        let parsed = try await renderer.parse(dot: try await renderer.dot(graph))

        #expect(parsed.edges.count == 3)
    }

    @Test("An edge to an undeclared node is an error that names it")
    func undeclaredNode() async throws {
        let graph = GraphDescription(nodes: [.init("a")], edges: [.init("a", "ghost")])

        let error = await #expect(throws: GraphvizError.self) { try await renderer.dot(graph) }

        #expect(error == .unknownNode("ghost", referrer: "the edge from 'a' to 'ghost'"))
        #expect(
            error?.description
                == "the edge from 'a' to 'ghost' refers to node 'ghost', which the graph does not declare")
    }

    @Test("The dot program draws the DOT we write", .enabled(if: DotProgram.isInstalled, "dot is not installed"))
    func dotProgramAcceptsIt() async throws {
        let dot = try await renderer.dot(SampleGraphs.consortia)

        let result = try DotProgram.run(["-Tsvg"], input: dot)

        #expect(result.status == 0)
        #expect(result.errors.isEmpty)
        let svg = String(decoding: result.output, as: UTF8.self)
        #expect(SampleGraphs.svg(svg, shows: SampleGraphs.nodeLabels + SampleGraphs.clusterLabels))
    }
}
