import ArgumentParser
import Collections
import Foundation
import InstitutionGraph

extension CentralityNormalization: ExpressibleByArgument {}
extension ProjectionWeighting: ExpressibleByArgument {}

/// `instgraph centrality`: who is central, with NetworkX's numbers.
struct Centrality: DataCommand {
    static let configuration = CommandConfiguration(
        abstract: "Rank nodes by degree, betweenness, closeness, harmonic, eigenvector and PageRank centrality.",
        discussion: """
            Graphs: bipartite (consortia and institutions, linked by membership), institutions (linked when they \
            share a consortium; weight = shared consortia), consortia (linked when they share an institution; \
            weight = shared institutions).
            Normalisations: standard (NetworkX's degree_centrality, betweenness_centrality, closeness_centrality with \
            the Wasserman–Faust correction, harmonic_centrality, eigenvector_centrality, pagerank), bipartite \
            (Borgatti & Everett, as networkx.algorithms.bipartite; for degree, betweenness and closeness; the default \
            on the bipartite graph), none (raw counts and sums).
            On projections, betweenness, closeness and harmonic count hops unless --weighted, which uses distance = \
            1/weight; PageRank and eigenvector always use weights as tie strengths.
            --approx EPSILON estimates instead of computing exactly: betweenness from sampled shortest paths (Riondato \
            & Kornaropoulos), closeness and harmonic from searches out of sampled sources in each connected component \
            (Eppstein & Wang; components no larger than the sample stay exact). The output says which measures were \
            estimated and from how many samples.
            """)

    @OptionGroup var dataset: DatasetOptions
    @OptionGroup var grouping: GroupingOptions
    @OptionGroup var output: OutputOptions

    @Option(help: "bipartite, institutions or consortia.")
    var graph: GraphKind = .bipartite

    @Option(
        help: "Measures to compute, comma-separated (default: all six): degree,betweenness,closeness,harmonic,eigenvector,pagerank.",
        transform: Self.parseMeasures)
    var measures: [[CentralityMeasure]] = []

    @Option(help: "standard, bipartite or none (default: bipartite on the bipartite graph, standard on projections).")
    var normalization: CentralityNormalization?

    @Flag(help: "Projections: betweenness, closeness and harmonic follow distances 1/weight instead of hops.")
    var weighted = false

    @Option(help: "Institutions projection: count (shared consortia) or newman (Σ 1/(n−1) over shared consortia of n members).")
    var weighting: ProjectionWeighting = .count

    @Option(help: "Only the N highest-ranked nodes.")
    var top: Int?

    @Option(help: "Rank by this measure (default: betweenness when computed, else the first measure).", transform: Self.parseMeasure)
    var sort: CentralityMeasure?

    @OptionGroup var parallelism: ThreadOptions

    @Option(
        name: .customLong("max-consortium-size"),
        help: "Leave out consortia with more members than this (projections of very large consortia grow with the square of their size).")
    var maxConsortiumSize: Int?

    @Option(
        help: ArgumentHelp(
            "Estimate betweenness, closeness and harmonic from samples instead of computing them. With probability --confidence every estimate is within its bound: betweenness within EPSILON (standard scale); a node's mean distance (closeness) within EPSILON × its component's diameter; harmonic within EPSILON × (nodes − 1).",
            valueName: "epsilon"))
    var approx: Double?

    @Option(help: "With --approx: the probability that every estimate is within its bound (default: 0.9).")
    var confidence: Double?

    @Option(help: "With --approx: the seed of the sampling; the same seed gives the same estimates (default: 0).")
    var seed: UInt64?

    func validate() throws {
        if let top, top < 1 { throw ValidationError("--top must be 1 or more.") }
        if let maxConsortiumSize, maxConsortiumSize < 2 { throw ValidationError("--max-consortium-size must be 2 or more.") }
        if let approx, !(approx > 0 && approx < 1) { throw ValidationError("--approx takes an epsilon between 0 and 1, e.g. 0.01.") }
        if let confidence, !(confidence > 0 && confidence < 1) { throw ValidationError("--confidence must be between 0 and 1, e.g. 0.9.") }
        if approx == nil, confidence != nil || seed != nil { throw ValidationError("--confidence and --seed apply with --approx.") }
        if approx != nil, !chosenMeasures.contains(where: \.usesDistances) {
            throw ValidationError("--approx estimates betweenness, closeness and harmonic; add one of them to --measures.")
        }
        if let sort, !chosenMeasures.contains(sort) {
            throw ValidationError("--sort \(sort.rawValue) is not among the measures computed (\(chosenMeasures.map(\.rawValue).joined(separator: ", "))).")
        }
        if normalization == .bipartite, graph != .bipartite {
            throw ValidationError("--normalization bipartite applies to the bipartite graph; on a projection use standard or none.")
        }
        if weighting != .count, graph != .institutions {
            throw ValidationError("--weighting applies to the institutions projection.")
        }
    }

    static func parseMeasures(_ text: String) throws -> [CentralityMeasure] {
        try text.split(separator: ",").map { try parseMeasure(String($0)) }
    }

    static func parseMeasure(_ text: String) throws -> CentralityMeasure {
        let name = text.trimmingCharacters(in: .whitespaces).lowercased()
        if let measure = CentralityMeasure(rawValue: name) { return measure }
        let names = CentralityMeasure.allCases.map(\.rawValue)
        let hint = Suggestions.closest(to: name, among: names).map { " Did you mean '\($0)'?" } ?? ""
        throw ValidationError("unknown measure '\(text)'.\(hint) Choose from: \(names.joined(separator: ", ")).")
    }

    var chosenMeasures: [CentralityMeasure] {
        let flat = measures.flatMap { $0 }
        return flat.isEmpty ? CentralityMeasure.allCases : CentralityMeasure.allCases.filter(flat.contains)
    }

    /// The header's note on an estimated betweenness.
    static func approximationNote(_ sampling: BetweennessSampling) -> String {
        let approximation = sampling.approximation
        return ", approximate: within \(approximation.epsilon) on the standard scale with probability \(approximation.confidence)"
            + " (\(sampling.sampleCount) sampled shortest paths, seed \(approximation.seed))"
    }

    /// The header's note on closeness or harmonic centrality asked for with `--approx`; harmonic
    /// refers to closeness's note for the sample when `closenessNoted`.
    static func approximationNote(_ sampling: ClosenessSampling, of measure: CentralityMeasure, nodeCount: Int, closenessNoted: Bool) -> String {
        guard !sampling.isExact else {
            return ", exact: no component has more nodes than the \(sampling.sampleCount) sources --approx samples"
        }
        let approximation = sampling.approximation
        let bound = measure == .closeness ? "mean distance within \(approximation.epsilon) × diameter" : "within \(approximation.epsilon) × (n − 1)"
        let sample =
            measure == .harmonic && closenessNoted
            ? "the same sample"
            : "\(sampling.sampleCount) sampled sources per component, \(sampling.estimatedNodeCount) of \(nodeCount) nodes estimated, seed \(approximation.seed)"
        return ", approximate: \(bound) with probability \(approximation.confidence) (\(sample))"
    }

    /// The positions of `scores`, highest first, then by name, then in node order; with `top`,
    /// only the first `top`. Only the positions that score at least the `top`-th highest score
    /// are sorted, and that score is found with a heap of `top`, so that the ten best of two
    /// hundred thousand cost one pass over the scores.
    static func ranked(_ scores: [Double], names: [String], top: Int?) -> [Int] {
        var candidates = Array(scores.indices)
        if let top, top < scores.count {
            var best = Heap(scores.prefix(top))
            for score in scores.dropFirst(top) where score > best.min! { best.replaceMin(with: score) }
            let threshold = best.min!
            candidates.removeAll { scores[$0] < threshold }
        }
        candidates.sort { a, b in
            scores[a] != scores[b] ? scores[a] > scores[b] : names[a] != names[b] ? names[a] < names[b] : a < b
        }
        return top.map { Array(candidates.prefix($0)) } ?? candidates
    }

    var appliedNormalization: CentralityNormalization { normalization ?? (graph == .bipartite ? .bipartite : .standard) }

    /// Whether `measure`'s scores are estimates: betweenness whenever it was sampled, closeness
    /// and harmonic unless every component was small enough to be searched from every node.
    static func isEstimated(_ measure: CentralityMeasure, in scores: CentralityScores) -> Bool {
        switch measure {
        case .betweenness: scores.betweennessSampling != nil
        case .closeness, .harmonic: scores.closenessSampling.map { !$0.isExact } ?? false
        case .degree, .eigenvector, .pageRank: false
        }
    }

    private struct Row {
        var id: String
        var name: String
        var side: NodeSide
        var kind: String
        /// For institutions, how many consortia they belong to.
        var consortia: Int?
        var scores: [Double]
    }

    /// The projection `build` makes, or a failure that says how to make it smaller.
    private func guarded(_ build: () throws(ProjectionTooLarge) -> CSRGraph) throws -> CSRGraph {
        do {
            return try build()
        } catch {
            let advice =
                graph == .institutions
                ? "leave out the largest consortia with --max-consortium-size N, or use --graph bipartite"
                : "use --graph bipartite, or 'instgraph overlap --top N' for the consortia that overlap most"
            throw CommandFailure("\(error); \(advice)")
        }
    }

    /// The scores on the graph `--graph` names, made from `bipartite`, and the node each
    /// position stands for.
    private func centrality(
        of bipartite: BipartiteGraph, measures: [CentralityMeasure], options: CentralityOptions
    ) throws -> (CentralityScores, [BipartiteNode]) {
        switch graph {
        case .bipartite:
            return (try bipartite.centrality(measures, options: options), (0..<bipartite.graph.nodeCount).map(bipartite.describe))
        case .institutions:
            let projection = try guarded { () throws(ProjectionTooLarge) in try bipartite.guardedProjection(onto: .institution, weighting: weighting) }
            return (
                try projection.centrality(measures, options: options),
                (0..<bipartite.institutionCount).map { BipartiteNode(side: .institution, index: $0) }
            )
        case .consortia:
            let projection = try guarded { () throws(ProjectionTooLarge) in try bipartite.guardedProjection(onto: .consortium) }
            return (
                try projection.centrality(measures, options: options),
                (0..<bipartite.consortiumCount).map { BipartiteNode(side: .consortium, index: $0) }
            )
        }
    }

    func execute() async throws {
        let options = CentralityOptions(
            normalization: appliedNormalization, weighted: weighted, threads: parallelism.threads,
            betweennessApproximation: approx.map { BetweennessApproximation(epsilon: $0, confidence: confidence ?? 0.9, seed: seed ?? 0) },
            closenessApproximation: approx.map { ClosenessApproximation(epsilon: $0, confidence: confidence ?? 0.9, seed: seed ?? 0) })
        let measures = chosenMeasures
        let labels: NodeLabels
        let consortiumCounts: [Int]
        let scores: CentralityScores
        let nodes: [BipartiteNode]
        if let network = try dataset.loadNetwork() {
            guard graph == .institutions, maxConsortiumSize == nil, !grouping.rollsUp else {
                throw CommandFailure(
                    "\(dataset.displayPath) is an institutions projection: give --graph institutions (the two-mode graph and the consortia need the membership table), without --max-consortium-size or grouping"
                )
            }
            labels = .dataset(network.dataset, output.lang)
            consortiumCounts = network.consortiumCounts
            scores = try network.projection(weighting: weighting).centrality(measures, options: options)
            nodes = network.dataset.institutions.indices.map { BipartiteNode(side: .institution, index: $0) }
        } else {
            // A plain table is read straight into its graph when the dataset itself is not needed.
            let input = grouping.rollsUp || maxConsortiumSize != nil ? .dataset(try dataset.load()) : try dataset.loadGraph()
            let bipartite: BipartiteGraph
            switch input {
            case .table(let table, _):
                bipartite = table.bipartite
                labels = .table(table)
            case .dataset(let loaded):
                var data = try grouping.apply(loaded.dataset)
                if let maxConsortiumSize {
                    data = data.subset(keepingConsortium: { data.consortia[$0].members.count <= maxConsortiumSize }, institution: { _ in true })
                }
                bipartite = BipartiteGraph(data)
                labels = .dataset(data, output.lang)
            }
            consortiumCounts = (0..<bipartite.institutionCount).map { bipartite.graph.degree(of: bipartite.node(institution: $0)) }
            (scores, nodes) = try centrality(of: bipartite, measures: measures, options: options)
        }
        let rankBy = measures.firstIndex(of: sort ?? (measures.contains(.betweenness) ? .betweenness : measures[0]))!
        let ranked = scores[measures[rankBy]]!
        let names = nodes.map(labels.name)
        // Positions are ranked, so that only the rows shown are made.
        let order = Self.ranked(ranked, names: names, top: top)
        let rows = order.map { position in
            let node = nodes[position]
            return Row(
                id: labels.id(of: node), name: names[position], side: node.side,
                kind: node.side == .institution ? labels.kind(ofInstitution: node.index)?.rawValue ?? "" : "consortium",
                consortia: node.side == .institution ? consortiumCounts[node.index] : nil,
                scores: measures.map { scores[$0]![position] })
        }

        let graphName = graph == .institutions && weighting == .newman ? "institutions (Newman weighting)" : graph.rawValue
        let notes = measures.map { measure -> String in
            let applied = measure.appliedNormalization(for: appliedNormalization)
            let how = measure.usesDistances && graph != .bipartite ? (weighted ? ", distance = 1/weight" : ", hops") : ""
            let estimate =
                switch measure {
                case .betweenness: scores.betweennessSampling.map(Self.approximationNote) ?? ""
                case .closeness, .harmonic:
                    scores.closenessSampling.map {
                        Self.approximationNote($0, of: measure, nodeCount: nodes.count, closenessNoted: measures.contains(.closeness))
                    } ?? ""
                case .degree, .eigenvector, .pageRank: ""
                }
            return
                "\(measure.rawValue): \(applied.rawValue)\(applied != appliedNormalization ? " (no \(appliedNormalization.rawValue) form)" : "")\(how)\(estimate)"
        }
        let estimated = measures.filter { Self.isEstimated($0, in: scores) }
        if output.resolvedFormat == .json {
            let approximation =
                estimated.isEmpty
                ? nil
                : JSONApproximation(
                    epsilon: approx ?? 0, confidence: confidence ?? 0.9, seed: seed ?? 0, estimated: estimated.map(\.rawValue),
                    sampledPaths: estimated.contains(.betweenness) ? scores.betweennessSampling?.sampleCount : nil,
                    sampledSources: estimated.contains(where: { $0 != .betweenness }) ? scores.closenessSampling?.sampleCount : nil)
            try output.write(
                JSONOutput.encode(
                    rows.map { row in
                        JSONRow(
                            id: row.id, name: row.name, side: row.side.rawValue, kind: row.kind, consortia: row.consortia,
                            graph: graph.rawValue, normalization: appliedNormalization.rawValue, weighted: weighted,
                            approximation: approximation,
                            scores: Dictionary(uniqueKeysWithValues: zip(measures.map(\.rawValue), row.scores)))
                    }))
            return
        }
        let table = TextTable(
            columns: [.init("rank", alignment: .right), .init("name"), .init("kind"), .init("consortia", alignment: .right)]
                // CSV has no header line: an estimated measure says so in its column's name.
                + measures.map { .init(estimated.contains($0) ? "\($0.rawValue) (approximate)" : $0.rawValue, alignment: .right) },
            rows: rows.enumerated().map { rank, row in
                [String(rank + 1), row.name, row.kind, row.consortia.map(String.init) ?? ""] + row.scores.map { FixedDecimal.text($0, digits: 6) }
            })
        let header = "Graph: \(graphName), \(nodes.count) nodes; normalisation: \(appliedNormalization.rawValue) — \(notes.joined(separator: "; "))."
        try output.write(TabularReport(sections: [.init(lines: [header], table: table)]))
    }
}

/// One node in `centrality`'s JSON: identity, which graph and normalisation, then one field per measure.
private struct JSONRow: Encodable {
    var id: String
    var name: String
    var side: String
    var kind: String
    var consortia: Int?
    var graph: String
    var normalization: String
    var weighted: Bool
    /// Set when a measure was estimated (`--approx`).
    var approximation: JSONApproximation?
    var scores: [String: Double]

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(id, forKey: Key(stringValue: "id"))
        try container.encode(name, forKey: Key(stringValue: "name"))
        try container.encode(side, forKey: Key(stringValue: "side"))
        try container.encode(kind, forKey: Key(stringValue: "kind"))
        try container.encodeIfPresent(consortia, forKey: Key(stringValue: "consortia"))
        try container.encode(graph, forKey: Key(stringValue: "graph"))
        try container.encode(normalization, forKey: Key(stringValue: "normalization"))
        try container.encode(weighted, forKey: Key(stringValue: "weighted"))
        if let approximation {
            try container.encode(true, forKey: Key(stringValue: "approximate"))
            try container.encode(approximation.epsilon, forKey: Key(stringValue: "epsilon"))
            try container.encode(approximation.confidence, forKey: Key(stringValue: "confidence"))
            try container.encode(approximation.seed, forKey: Key(stringValue: "seed"))
            try container.encode(approximation.estimated, forKey: Key(stringValue: "estimated"))
            try container.encodeIfPresent(approximation.sampledPaths, forKey: Key(stringValue: "sampledPaths"))
            try container.encodeIfPresent(approximation.sampledSources, forKey: Key(stringValue: "sampledSources"))
        }
        for measure in CentralityMeasure.allCases {
            if let value = scores[measure.rawValue] { try container.encode(value, forKey: Key(stringValue: measure.rawValue)) }
        }
    }
}

/// What `centrality --approx` estimated, repeated in every JSON row.
private struct JSONApproximation {
    var epsilon: Double
    var confidence: Double
    var seed: UInt64
    /// The measures whose scores are estimates.
    var estimated: [String]
    /// The shortest paths sampled for betweenness, when it was estimated.
    var sampledPaths: Int?
    /// The sources sampled per component for closeness and harmonic, when they were estimated.
    var sampledSources: Int?
}
