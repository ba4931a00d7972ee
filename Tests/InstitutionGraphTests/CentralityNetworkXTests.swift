import InstitutionGraph
import Testing

/// Whether `actual` agrees with `expected` to within `tolerance`, relative for values above 1.
func agrees(_ actual: [Double], _ expected: [Double], tolerance: Double) -> Bool {
    actual.count == expected.count
        && zip(actual, expected).allSatisfy { abs($0 - $1) <= tolerance * max(1, abs($1)) }
}

/// The tolerance the NetworkX comparisons allow: iterative measures converge, the others are exact
/// up to the order of floating-point additions.
func tolerance(of measure: CentralityMeasure) -> Double {
    measure == .eigenvector || measure == .pageRank ? 1e-6 : 1e-9
}

@Suite("Centrality agrees with NetworkX")
struct CentralityNetworkXTests {
    @Test("every measure and normalisation matches NetworkX", arguments: NetworkXFixture.names)
    func scores(name: String) throws {
        let fixture = try NetworkXFixture.load(name)
        let graph = fixture.graph
        for reference in fixture.scores {
            let options = CentralityOptions(normalization: reference.normalization, weighted: reference.weighted, threads: 2)
            let scores = try graph.centrality([reference.measure], sides: fixture.sides, options: options)
            let actual = try #require(scores[reference.measure])
            #expect(
                agrees(actual, reference.values, tolerance: tolerance(of: reference.measure)),
                "\(reference.measure) \(reference.normalization)\(reference.weighted ? " weighted" : ""): \(actual) vs \(reference.values)")
        }
    }

    @Test("two-mode graphs give the same scores through BipartiteGraph", arguments: NetworkXFixture.twoModeNames)
    func bipartiteGraph(name: String) throws {
        let fixture = try NetworkXFixture.load(name)
        let bipartite = try #require(fixture.bipartite)
        #expect(bipartite.graph == fixture.graph)
        for reference in fixture.scores where reference.normalization == .bipartite {
            let scores = try bipartite.centrality([reference.measure], options: CentralityOptions(normalization: .bipartite))
            #expect(agrees(try #require(scores[reference.measure]), reference.values, tolerance: 1e-9))
        }
    }

    @Test("harmonic, eigenvector and PageRank are the same under every normalisation", arguments: NetworkXFixture.names)
    func singleForm(name: String) throws {
        let fixture = try NetworkXFixture.load(name)
        let measures: [CentralityMeasure] = [.harmonic, .eigenvector, .pageRank]
        let results = try CentralityNormalization.allCases.map { normalization in
            try fixture.graph.centrality(measures, sides: fixture.sides, options: CentralityOptions(normalization: normalization))
        }
        for measure in measures {
            #expect(results.allSatisfy { $0[measure] == results[0][measure] })
            #expect(results.allSatisfy { $0.appliedNormalization(of: measure) == .standard })
        }
    }

    @Test("a leaf of a star scores 0 bipartite betweenness, where NetworkX divides by zero")
    func starLeaves() throws {
        let fixture = try NetworkXFixture.load("star")
        #expect(fixture.skipped.map(\.measure) == [.betweenness])
        let scores = try fixture.graph.centrality([.betweenness], sides: fixture.sides, options: CentralityOptions(normalization: .bipartite))
        #expect(scores.betweenness == [1] + Array(repeating: 0, count: 6))
    }

    @Test("components tied for the largest eigenvalue share the eigenvector")
    func eigenvectorTie() throws {
        let fixture = try NetworkXFixture.load("twin-triangles")
        let scores = try fixture.graph.centrality([.eigenvector])
        let third = 1 / 6.0.squareRoot()
        #expect(agrees(try #require(scores.eigenvector), Array(repeating: third, count: 6) + [0], tolerance: 1e-9))
    }
}
